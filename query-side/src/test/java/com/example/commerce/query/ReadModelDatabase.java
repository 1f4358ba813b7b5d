package com.example.commerce.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    static final Path MIGRATIONS = Path.of("..", "app", "src", "main", "resources", "db", "migration");
    /** The read models' migrations, in order. */
    static final List<String> READ_MODEL_MIGRATIONS =
            List.of("V4__read_models.sql", "V7__rebuild_catch_up_position.sql");

    private ReadModelDatabase() {
    }

    public static JdbcTemplate create() {
        ResourceDatabasePopulator migrations = new ResourceDatabasePopulator();
        for (String name : READ_MODEL_MIGRATIONS) {
            Path migration = MIGRATIONS.resolve(name);
            if (!Files.exists(migration)) {
                throw new IllegalStateException("read-model migration not found at " + migration.toAbsolutePath());
            }
            migrations.addScript(new FileSystemResource(migration));
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        migrations.execute(dataSource);
        return new JdbcTemplate(dataSource);
    }
}
