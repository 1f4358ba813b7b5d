package com.example.commerce.app.web;

import com.example.commerce.api.common.Caller;
import com.example.commerce.api.json.InstantJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Web wiring every controller relies on. */
@Configuration
public class WebConfiguration implements WebMvcConfigurer {

    /** The maximum request body: larger ones are answered 413 before anything is read into memory. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    /**
     * The web's ObjectMapper, from Spring's {@code spring.jackson.*} settings. Declared because Axon's
     * own mapper bean would otherwise stop Spring Boot from creating this one.
     *
     * <p>A number or a boolean where text is expected is refused like any other wrong type:
     * {@code allow-coercion-of-scalars: false} only guards numeric and boolean fields, and Jackson
     * would otherwise read {@code "sku": false} as the SKU {@code "false"}.
     */
    @Bean
    @Primary
    public ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        ObjectMapper mapper = builder.build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Instants in responses and requests: the same JSON as Spring's default, read and written faster. */
    @Bean
    public InstantJson instantJson() {
        return new InstantJson();
    }

    @Bean
    public FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(ObjectMapper json) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(MAX_BODY_BYTES, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerResolver());
    }

    /** Resolves a controller's {@link Caller} parameter from the authenticated token. */
    static class CallerResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType().equals(Caller.class);
        }

        @Override
        public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binderFactory) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                throw new AuthenticationCredentialsNotFoundException("no caller");
            }
            Set<Caller.Role> roles = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("ROLE_"))
                    .map(authority -> authority.substring("ROLE_".length()))
                    .filter(role -> Set.of("CUSTOMER", "ADMIN", "AUDITOR").contains(role))
                    .map(Caller.Role::valueOf)
                    .collect(Collectors.toSet());
            return new Caller(authentication.getName(), roles);
        }
    }
}
