package cn.budgetledger.app;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * With no datasource configured, the ledger runs on a real PostgreSQL started in-process, keeping its
 * data in a folder so a restart keeps the ledger. SPRING_DATASOURCE_URL switches to an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(@Value("${ledger.embedded.data-dir}") Path dataDirectory,
                                             @Value("${ledger.embedded.port:0}") int port,
                                             @Value("${ledger.embedded.durable:true}") boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        OrphanedPostmaster.stopIfAny(dataDirectory, Duration.ofSeconds(60));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Spring stops it after the event processors, not a JVM hook before them.
                .setRegisterShutdownHook(false)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                .setServerConfig("max_connections", "100");
        if (durable) {
            // The library starts PostgreSQL without fsync and with asynchronous commits, as suits throw-away test
            // databases; a ledger acknowledges a payment only once it is on disk.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        } else {
            log.warn("Embedded PostgreSQL runs without fsync (ledger.embedded.durable=false): for tests only");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory.toAbsolutePath());
        return postgres;
    }

    /** The pool's settings (size, driver properties) come from spring.datasource.hikari, as for an external database. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("ledger");
        return dataSource;
    }
}
