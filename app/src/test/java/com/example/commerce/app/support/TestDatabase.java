package com.example.commerce.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        if (!Boolean.getBoolean("commerce.test.local-postgres") && Docker.available()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        if (!canConnect()) {
            LocalPostgres.startAndCreateRole(USER, PASSWORD);
        }
        if (!canConnect()) {
            throw new IllegalStateException("No PostgreSQL for the integration tests: no Docker engine answers and "
                    + "the local server at " + URL + " refused user " + USER + ". Install Docker, or PostgreSQL 15 "
                    + "(Debian/Ubuntu: apt-get install postgresql-15), or point COMMERCE_TEST_PG_URL, "
                    + "COMMERCE_TEST_PG_USER and COMMERCE_TEST_PG_PASSWORD at a server where that role may create databases.");
        }
        dropDatabasesOfEarlierRuns();
        return new Server(URL, USER, PASSWORD);
    }

    /** A local server keeps what earlier runs created; drop it (those still in use refuse and stay). */
    private static void dropDatabasesOfEarlierRuns() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'it\\_%'")) {
                while (names.next()) {
                    old.add(names.getString(1));
                }
            }
            for (String name : old) {
                try {
                    statement.execute("DROP DATABASE " + name);
                } catch (SQLException inUse) {
                    // another test run is using it
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list old test databases: " + e.getMessage(), e);
        }
    }

    private static boolean canConnect() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }


    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** How to reach one test database. */
    public record Database(String url, String user, String password) {

        /**
         * Command-line arguments that start the application on this database with the postgres profile
         * and the tests' secrets, followed by the given settings.
         */
        public List<String> applicationArguments(Map<String, String> settings) {
            List<String> args = new ArrayList<>(List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password,
                    "--commerce.security.jwt-secret=" + IntegrationTest.JWT_SECRET,
                    "--commerce.security.admin.username=" + IntegrationTest.ADMIN,
                    "--commerce.security.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                    "--commerce.security.auditor.username=" + IntegrationTest.AUDITOR,
                    "--commerce.security.auditor.password=" + IntegrationTest.AUDITOR_PASSWORD,
                    "--commerce.webhooks.payment-secret=" + IntegrationTest.PAYMENT_SECRET,
                    "--commerce.webhooks.carrier-secret=" + IntegrationTest.CARRIER_SECRET));
            settings.forEach((key, value) -> args.add("--" + key + "=" + value));
            return args;
        }
    }

    private record Server(String adminUrl, String user, String password) {
    }
}
