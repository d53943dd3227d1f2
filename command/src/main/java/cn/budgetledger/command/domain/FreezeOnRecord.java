package cn.budgetledger.command.domain;

import cn.budgetledger.api.LineKey;
import cn.budgetledger.api.Money;
import cn.budgetledger.command.domain.ReleasesGiveBackWhatIsFrozen.Release;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A freeze document as the aggregate keeps it: its content's digest, its line, its date, what is still frozen, its releases. */
record FreezeOnRecord(String digest, LineKey line, LocalDate date, Money open, List<Release> releases) {

    FreezeOnRecord released(Release release) {
        List<Release> all = new ArrayList<>(releases);
        all.add(release);
        return new FreezeOnRecord(digest, line, date, open.minus(release.amount()), List.copyOf(all));
    }
}
