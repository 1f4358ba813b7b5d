package com.example.commerce.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A fresh in-memory H2 database in PostgreSQL mode (as the embedded default runs it) with the
 * read-model migration applied, so projection tests exercise the real schema.
 */
public final class ReadModelDatabase {

    /** The app module owns the migrations; tests run from this module's directory. */
    static final Path MIGRATION = Path.of("..", "app", "src", "main", "resources", "db", "migration",
            "V4__read_models.sql");

    private ReadModelDatabase() {
    }

    public static JdbcTemplate create() {
        if (!Files.exists(MIGRATION)) {
            throw new IllegalStateException("read-model migration not found at " + MIGRATION.toAbsolutePath());
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        new ResourceDatabasePopulator(new FileSystemResource(MIGRATION)).execute(dataSource);
        return new JdbcTemplate(dataSource);
    }
}
