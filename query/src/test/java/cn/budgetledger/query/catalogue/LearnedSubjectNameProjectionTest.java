package cn.budgetledger.query.catalogue;

import cn.budgetledger.api.SubjectKind;
import cn.budgetledger.api.events.SubjectNameLearnedEvent;
import cn.budgetledger.api.queries.FindLearnedSubjectNamesQuery;
import cn.budgetledger.api.queries.LearnedSubjectNames;
import cn.budgetledger.query.support.Processor;
import cn.budgetledger.query.support.Schema;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The subject names imports taught the ledger, by classification and code; the latest name of a code wins. */
class LearnedSubjectNameProjectionTest {

    final JdbcTemplate jdbc = Schema.latestOnSharedServer();
    final LearnedSubjectNameProjection projection = new LearnedSubjectNameProjection(jdbc);
    final Processor processor = new Processor(jdbc.getDataSource(), projection);

    @BeforeEach
    void nothingLearned() {
        jdbc.execute(projection.truncateStatement());
    }

    @Test
    void a_name_learned_again_replaces_the_one_before_and_the_classifications_stay_apart() {
        // given names learned for a functional and an economic code
        processor.handle(new SubjectNameLearnedEvent(SubjectKind.FUNCTIONAL, "2019999", "其他事务"),
                new SubjectNameLearnedEvent(SubjectKind.ECONOMIC, "30299", "其他商品和服务支出"));

        // when a later import names the functional code otherwise
        processor.handle(new SubjectNameLearnedEvent(SubjectKind.FUNCTIONAL, "2019999", "其他一般公共服务支出"));

        // then the ledger knows the later name, each under its classification
        assertThat(learned()).isEqualTo(new LearnedSubjectNames(Map.of("2019999", "其他一般公共服务支出"),
                Map.of("30299", "其他商品和服务支出")));
    }

    @Test
    void a_name_handed_over_again_is_learned_once() {
        // given a name learned
        List<EventMessage<?>> learnedOnce = processor.handle(
                new SubjectNameLearnedEvent(SubjectKind.ECONOMIC, "30299", "其他商品和服务支出"));

        // when it is handed over again, the processor having stopped before it stored its token
        processor.handleAgain(learnedOnce);

        // then the ledger knows it once
        assertThat(learned()).isEqualTo(new LearnedSubjectNames(Map.of(), Map.of("30299", "其他商品和服务支出")));
        assertThat(jdbc.queryForObject("select count(*) from learned_subject_name", Long.class)).isEqualTo(1);
    }

    private LearnedSubjectNames learned() {
        return projection.handle(new FindLearnedSubjectNamesQuery());
    }
}
