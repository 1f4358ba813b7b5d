package com.example.commerce.app.roles;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings that follow from a node's roles. Deadlines belong to the order process, which only
 * command nodes run: a query node must not pick deadlines from the shared scheduler table, or it
 * would take them and find no saga to hand them to.
 */
public class RoleSettings implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Roles.of(environment).contains(Roles.COMMAND)) {
            environment.getPropertySources().addFirst(new MapPropertySource("query-node-settings",
                    Map.of("db-scheduler.enabled", "false")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
