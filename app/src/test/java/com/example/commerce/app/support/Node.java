package com.example.commerce.app.support;

import com.example.commerce.app.CommerceApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One node of the application started in this JVM on a given database, with the test secrets. */
public final class Node implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static Node start(TestDatabase.Database database, Map<String, String> settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        args.addAll(database.applicationArguments(settings));
        return new Node(new SpringApplicationBuilder(CommerceApplication.class).run(args.toArray(String[]::new)));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Api api() {
        return new Api("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Override
    public void close() {
        context.close();
    }
}
