package com.example.commerce.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Everything a node with the {@code query} role runs: projections, query handlers, query endpoints,
 * live updates, audit and projection admin. The application imports this class only when the role is on.
 */
@Configuration
@ComponentScan
public class QuerySideConfiguration {
}
