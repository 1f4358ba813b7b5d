package com.example.commerce.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.support.IntegrationTest;
import java.lang.reflect.Method;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMember;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Axon's timeouts as configured: every unit of work timed, no handler inside one timed again (each
 * timed task records its thread's stack when it starts).
 */
class TimeoutsIT extends IntegrationTest {

    @Autowired
    HandlerTimeoutHandlerEnhancerDefinition handlerTimeouts;

    @Autowired
    TimeoutProperties timeouts;

    @Test
    void timesUnitsOfWorkButNotEachHandlerInThem() throws Exception {
        Method handle = Listener.class.getDeclaredMethod("on", String.class);
        MessageHandlingMember<Listener> handler = new AnnotatedMessageHandlingMember<>(handle, EventMessage.class,
                String.class, ClasspathParameterResolverFactory.forClass(Listener.class));

        assertThat(handlerTimeouts.wrapHandler(handler)).isSameAs(handler);
        assertThat(timeouts.isEnabled()).isTrue();
        assertThat(timeouts.getTransaction().getCommandBus().getTimeoutMs()).isPositive();
        assertThat(timeouts.getTransaction().getEventProcessors().getTimeoutMs()).isPositive();
    }

    static class Listener {

        @EventHandler
        void on(String event) {
        }
    }
}
