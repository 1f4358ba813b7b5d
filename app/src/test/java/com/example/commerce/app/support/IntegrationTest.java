package com.example.commerce.app.support;

import com.example.commerce.app.CommerceApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as it runs in production: the {@code postgres} profile on a real PostgreSQL
 * database of its own, reached over real HTTP. Test classes with the same configuration share one
 * running application (Spring's context cache), so tests use fresh SKUs and accounts.
 */
@SpringBootTest(classes = CommerceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "commerce.security.jwt-secret=" + IntegrationTest.JWT_SECRET,
                "commerce.security.admin.username=" + IntegrationTest.ADMIN,
                "commerce.security.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                "commerce.security.auditor.username=" + IntegrationTest.AUDITOR,
                "commerce.security.auditor.password=" + IntegrationTest.AUDITOR_PASSWORD,
                "commerce.webhooks.payment-secret=" + IntegrationTest.PAYMENT_SECRET,
                "commerce.webhooks.carrier-secret=" + IntegrationTest.CARRIER_SECRET,
                "commerce.security.login.max-failures=5"
        })
@ActiveProfiles("postgres")
public abstract class IntegrationTest {

    public static final String JWT_SECRET = "integration-test-signing-key-of-at-least-32-bytes";
    public static final String ADMIN = "it-admin";
    public static final String ADMIN_PASSWORD = "it-admin-password";
    public static final String AUDITOR = "it-auditor";
    public static final String AUDITOR_PASSWORD = "it-auditor-password";
    public static final String PAYMENT_SECRET = "it-payment-secret";
    public static final String CARRIER_SECRET = "it-carrier-secret";

    @LocalServerPort
    protected int port;

    protected Api api;
    protected Shop shop;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Database database = TestDatabase.create();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port);
        shop = new Shop(api);
    }
}
