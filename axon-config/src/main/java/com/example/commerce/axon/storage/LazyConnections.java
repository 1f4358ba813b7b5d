package com.example.commerce.axon.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Transactions take a pooled connection when they first talk to the database, not when they begin.
 * A command's unit of work begins its transaction before it loads the aggregate, so every request
 * waiting for a hot SKU's lock held a connection while it waited: ten such requests emptied the
 * pool, and the lock holder, the event processors and every other request then waited for a
 * connection instead (measured: docs/benchmarks.md). Lazily, a request waiting for a lock holds
 * nothing.
 */
public class LazyConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof HikariDataSource pool ? new LazyConnectionDataSourceProxy(pool) : bean;
    }
}
