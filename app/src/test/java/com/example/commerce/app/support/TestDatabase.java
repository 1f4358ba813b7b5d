package com.example.commerce.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A real PostgreSQL for the tests: a Testcontainers PostgreSQL 15 where a Docker engine answers,
 * otherwise the local server (the README's test command starts it). Each caller gets a database
 * of its own, so test contexts never see each other's data.
 */
public final class TestDatabase {

    /** Overrides for the local server: a JDBC URL of any database on it, and a role that may create databases. */
    static final String URL = env("COMMERCE_TEST_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    static final String USER = env("COMMERCE_TEST_PG_USER", "commerce_test");
    static final String PASSWORD = env("COMMERCE_TEST_PG_PASSWORD", "commerce_test");

    private static Server server;

    private TestDatabase() {
    }

    /** Creates a fresh, empty database and answers how to reach it. */
    public static synchronized Database create() {
        if (server == null) {
            server = start();
        }
        String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        String url = server.adminUrl().substring(0, server.adminUrl().lastIndexOf('/') + 1) + name;
        return new Database(url, server.user(), server.password());
    }

    private static Server start() {
        if (Boolean.getBoolean("commerce.test.local-postgres") || !dockerAvailable()) {
            try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
                return new Server(URL, USER, PASSWORD);
            } catch (SQLException e) {
                throw new IllegalStateException("No PostgreSQL for the integration tests: no Docker engine answers and "
                        + "the local server at " + URL + " refused user " + USER + " (" + e.getMessage() + "). "
                        + "Run the README's test command, which starts a local PostgreSQL 15, or start Docker.", e);
            }
        }
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** How to reach one test database. */
    public record Database(String url, String user, String password) {
    }

    private record Server(String adminUrl, String user, String password) {
    }
}
