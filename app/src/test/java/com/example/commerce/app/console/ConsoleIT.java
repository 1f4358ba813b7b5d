package com.example.commerce.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.Api;
import com.example.commerce.app.support.IntegrationTest;
import com.example.commerce.app.support.Shop;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The operator console in a real browser against the running application on PostgreSQL: what an
 * auditor, an admin and a customer see. Its screenshots are the ones shown in the docs
 * (after {@code ./mvnw -DskipTests install}, {@code ./mvnw -pl app verify -Dit.test=ConsoleIT
 * -Dconsole.screenshots.docs=true} refreshes docs/images).
 */
class ConsoleIT extends IntegrationTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsAnAuditorAnOrdersEventsAndHowItStoodBeforeItWasPaid() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 15000, 5);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 2);
        assertThat(shop.pay(customer, orderId, "tok_ok").status()).isEqualTo(202);
        shop.awaitStatus(orderId, "paid");

        signIn(AUDITOR, AUDITOR_PASSWORD);
        browser.textOf("#who-text", text -> text.contains("Auditor"), "the auditor's name and role");
        assertThat(browser.find("[data-route='projections']").isDisplayed()).as("projections are for admins").isFalse();
        openOrder(orderId);

        browser.visible("#events li.event[data-type='OrderPaid']");
        List<String> types = browser.findAll("#events li.event").stream()
                .map(event -> event.getAttribute("data-type")).toList();
        assertThat(types).startsWith("OrderPlaced").contains("OrderAccepted", "PaymentRequested", "OrderPaid");
        WebElement placed = browser.find("#events li.event[data-type='OrderPlaced']");
        assertThat(placed.findElement(By.cssSelector(".event-who")).getText())
                .contains(customer.customerId()).contains("the customer");
        assertThat(placed.getText()).contains("Correlation");
        placed.findElement(By.cssSelector("details.payload summary")).click();
        WebElement payload = placed.findElement(By.cssSelector("details.payload pre"));
        assertThat(payload.isDisplayed()).isTrue();
        assertThat(payload.getText()).contains(sku).contains(orderId);

        // Now: paid. As of its acceptance, before the payment: pending.
        browser.textOf("#asof-table tr[data-field='status'] td.value", "paid"::equals, "paid as of the last event");
        browser.find("#events li.event[data-type='OrderAccepted'] button.show-state").click();
        browser.textOf("#asof-table tr[data-field='status'] td.value", "pending"::equals, "pending as of acceptance");
        assertThat(browser.find("#asof-summary").getText()).contains("OrderAccepted").contains("status pending");
        assertThat(browser.findAll("#asof-table tr[data-field='paidAt']")).isEmpty();

        // The slider is a keyboard control: End goes to the last event.
        browser.find("#asof-slider").sendKeys(Keys.END);
        browser.textOf("#asof-table tr[data-field='status'] td.value", "paid"::equals, "paid again at the end");

        int accepted = types.indexOf("OrderAccepted");
        new Select(browser.find("#diff-from")).selectByValue(String.valueOf(accepted));
        new Select(browser.find("#diff-to")).selectByValue(String.valueOf(types.size() - 1));
        browser.find("#diff-compare").click();
        browser.textOf("#diff-summary", text -> text.contains("between event " + (accepted + 1)), "the comparison");
        WebElement status = browser.visible("#diff-table tr[data-field='status']");
        assertThat(status.findElement(By.cssSelector(".before")).getText()).isEqualTo("pending");
        assertThat(status.findElement(By.cssSelector(".after")).getText()).isEqualTo("paid");
        assertThat(browser.findAll("#diff-table tr[data-field='paidAt']")).hasSize(1);
        assertThat(browser.find("#deadline").getText()).contains("No deadline pending");

        browser.find("#events li.event[data-type='OrderAccepted'] button.show-state").click();
        browser.textOf("#asof-table tr[data-field='status'] td.value", "pending"::equals, "pending as of acceptance");
        browser.screenshot("console-order-history.png");
    }

    @Test
    void showsWhenAPendingOrdersPaymentTimeoutFires() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 9000, 3);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        Instant dueAt = Instant.parse(shop.awaitStatus(orderId, "pending").at("/paymentDueAt"));

        signIn(AUDITOR, AUDITOR_PASSWORD);
        openOrder(orderId);

        browser.textOf("#deadline-kind", "Payment timeout"::equals, "the payment timeout");
        String relative = browser.textOf("#deadline-relative", text -> text.startsWith("in "), "a time to come");
        assertThat(relative).matches("in (29|30) min( \\d+ s)?");
        assertThat(browser.find("#deadline time").getAttribute("datetime")).startsWith(dueAt.toString()
                .substring(0, 19));
        assertThat(browser.find("#order-status").getText()).isEqualTo("pending");
        browser.screenshot("console-order-deadline.png");
    }

    @Test
    void letsAnAdminFindAnOrderByNumberAndRebuildAProjectionWhileReadsGoOn() {
        String sku = Shop.newSku();
        shop.productWithStock(sku, 12000, 2);
        Shop.Customer customer = shop.customer();
        String orderId = shop.pendingOrder(customer, sku, 1);
        String number = shop.awaitStatus(orderId, "pending").at("/orderNumber");

        signIn(ADMIN, ADMIN_PASSWORD);
        browser.textOf("#who-text", text -> text.contains("Admin"), "the admin's name and role");
        browser.visible("#recent-orders");
        browser.find("#order-query").sendKeys(number, Keys.ENTER);
        browser.textOf("#order-number", number::equals, "the order found by its number");

        browser.find("[data-route='projections']").click();
        String row = "#projections tr[data-projection='order-view']";
        browser.visible(row);
        browser.textOf(row + " .status-cell", text -> text.startsWith("Serving"), "order-view serving");
        assertThat(browser.findAll("#projections tbody tr").stream().map(r -> r.getAttribute("data-projection")))
                .contains("catalog-view", "inventory-view", "order-view");

        browser.find(row + " button.rebuild").click();
        browser.visible("#rebuild-dialog");
        assertThat(browser.find("#rebuild-title").getText()).isEqualTo("Rebuild order-view?");
        browser.screenshot("console-rebuild-confirmation.png");
        browser.find("#rebuild-confirm").click();

        browser.textOf("#projections-log", text -> text.contains("Rebuild of order-view started"), "the start");
        String admin = shop.adminToken();
        Api.Response during = api.get("/api/orders/" + orderId).token(admin).send();
        assertThat(during.status()).as("reads go on while rebuilding: %s", during).isEqualTo(200);
        browser.visible(row + "[data-rebuilt='true']");
        browser.textOf("#projections-log", text -> text.contains("Rebuild of order-view finished"), "the finish");
        browser.textOf(row + " .status-cell", text -> text.startsWith("Serving"), "order-view serving again");
        browser.textOf(row + " .lag", text -> text.startsWith("0"), "order-view caught up");
        assertThat(browser.find(row + " .progress-text").getText()).startsWith("100%");
        assertThat(browser.find("#rebuild-dialog").isDisplayed()).isFalse();
        browser.screenshot("console-projections.png");

        Api.Response after = api.get("/api/orders/" + orderId).token(admin).send();
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.at("/orderNumber")).isEqualTo(number);
    }

    @Test
    void refusesACustomerAccount() {
        Shop.Customer customer = shop.customer();

        signIn(customer.email(), "password-123");

        browser.textOf("#sign-in-error", text -> text.contains("Customer accounts cannot use the operator console"),
                "the refusal");
        assertThat(browser.find("#nav").isDisplayed()).isFalse();
        assertThat(browser.find("#who").isDisplayed()).isFalse();
        assertThat(browser.script("return sessionStorage.length;")).isEqualTo(0L);
        assertThat(browser.find("#password").getAttribute("value")).isEmpty();
        browser.screenshot("console-customer-refused.png");
    }

    @Test
    void refusesAWrongPasswordAndSignsTheAuditorOutAgain() {
        signIn(AUDITOR, "not-the-password");
        browser.textOf("#sign-in-error", text -> text.contains("Wrong username or password"), "the refusal");

        browser.find("#password").sendKeys(AUDITOR_PASSWORD, Keys.ENTER);
        browser.visible("#order-query");
        browser.screenshot("console-find-order.png");
        browser.find("#sign-out").click();
        browser.textOf("#sign-in-notice", text -> text.contains("signed out"), "the sign-out");
        assertThat(browser.script("return sessionStorage.length;")).isEqualTo(0L);
    }

    private void signIn(String username, String password) {
        browser.openFresh(api.baseUrl() + "/console");
        browser.visible("#username").sendKeys(username);
        browser.find("#password").sendKeys(password);
        browser.find("#sign-in-button").click();
    }

    private void openOrder(String orderId) {
        awaitAudited(orderId);
        WebElement query = browser.visible("#order-query");
        query.clear();
        query.sendKeys(orderId);
        browser.find("#find-button").click();
        browser.textOf("#order-status-line", text -> text.contains("events"), "the order's history");
    }

    /** The audit rebuilds from the event store alone, so this is only to be sure the order was accepted. */
    private void awaitAudited(String orderId) {
        String auditor = shop.auditorToken();
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String now = URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8);
            Api.Response state = api.get("/api/audit/orders/" + orderId + "/state?asOf=" + now).token(auditor).send();
            return state.status() == 200 && !"placed".equals(state.at("/status"));
        });
    }
}
