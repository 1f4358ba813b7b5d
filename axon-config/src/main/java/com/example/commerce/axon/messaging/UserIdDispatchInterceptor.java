package com.example.commerce.axon.messaging;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps the authenticated user on messages dispatched from a request. Messages dispatched while
 * handling another message already inherit {@code userId} through correlation data; anything else
 * (deadlines, start-up seeding) is the system.
 */
public class UserIdDispatchInterceptor<M extends Message<?>> implements MessageDispatchInterceptor<M> {

    public static final String USER_ID = "userId";
    public static final String SYSTEM = "system";

    @Override
    public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
        return (index, message) -> {
            // Webhooks and deadlines have no user: they are the system acting on the outside world's word.
            if (message.getMetaData().containsKey(USER_ID)) {
                return message;
            }
            if (CurrentUnitOfWork.isStarted()
                    && CurrentUnitOfWork.get().getMessage().getMetaData().containsKey(USER_ID)) {
                return message;
            }
            return (M) message.andMetaData(java.util.Map.of(USER_ID, currentUser()));
        };
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken;
        return anonymous ? SYSTEM : authentication.getName();
    }
}
