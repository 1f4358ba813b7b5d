package com.example.commerce.app.roles;

import com.example.commerce.command.CommandSideConfiguration;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Starts the command side when this node has the {@code command} role. */
@Configuration
@Conditional(CommandRole.Enabled.class)
@Import(CommandSideConfiguration.class)
public class CommandRole {

    public static class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Roles.of(context.getEnvironment()).contains(Roles.COMMAND);
        }
    }
}
