package com.example.commerce.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.api.catalog.CreateCategory;
import com.example.commerce.api.common.CategoryId;
import com.example.commerce.app.support.Node;
import com.example.commerce.app.support.Shop;
import com.example.commerce.app.support.TestDatabase;
import com.example.commerce.command.CommandSideConfiguration;
import com.example.commerce.query.QuerySideConfiguration;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;

/** One jar, several roles: {@code commerce.roles} decides which side's beans a node starts. */
class RolesIT {

    @Test
    void startsNoCommandHandlersOnAQueryNode() {
        try (Node node = Node.start(TestDatabase.create(), Map.of("commerce.roles", "query"))) {
            assertThat(node.context().getBeansOfType(CommandSideConfiguration.class)).isEmpty();
            assertThat(node.context().getBeansOfType(QuerySideConfiguration.class)).hasSize(1);
            CommandGateway commands = node.bean(CommandGateway.class);
            assertThatThrownBy(() -> commands.sendAndWait(
                    new CreateCategory(CategoryId.of(UUID.randomUUID()), "Shoes", null)))
                    .isInstanceOf(NoHandlerForCommandException.class);
            assertThat(processorNames(node)).noneMatch(name -> name.equals("order-process"));
            assertThat(node.context().getBeansOfType(com.github.kagkarlsson.scheduler.Scheduler.class))
                    .as("a query node must not take deadlines it cannot deliver").isEmpty();

            Shop shop = new Shop(node.api());
            assertThat(node.api().post("/api/admin/categories").token(shop.adminToken())
                    .body(Map.of("name", "Shoes")).send().status()).isEqualTo(404);
        }
    }

    @Test
    void startsNoProjectionsOnACommandNode() {
        try (Node node = Node.start(TestDatabase.create(), Map.of("commerce.roles", "command"))) {
            assertThat(node.context().getBeansOfType(QuerySideConfiguration.class)).isEmpty();
            assertThat(node.context().getBeansOfType(CommandSideConfiguration.class)).hasSize(1);
            assertThat(processorNames(node)).contains("order-process").noneMatch(name -> name.endsWith("-view"));

            Shop shop = new Shop(node.api());
            assertThat(node.api().post("/api/admin/categories").token(shop.adminToken())
                    .body(Map.of("name", "Shoes")).send().status()).isEqualTo(201);
            assertThat(node.api().get("/api/catalog/products").send().status()).isEqualTo(404);
        }
    }

    private static java.util.Set<String> processorNames(Node node) {
        return node.bean(EventProcessingConfiguration.class).eventProcessors().keySet();
    }
}
