package com.example.commerce.app.roles;

import com.example.commerce.query.QuerySideConfiguration;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Starts the query side when this node has the {@code query} role. */
@Configuration
@Conditional(QueryRole.Enabled.class)
@Import(QuerySideConfiguration.class)
public class QueryRole {

    public static class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Roles.of(context.getEnvironment()).contains(Roles.QUERY);
        }
    }
}
