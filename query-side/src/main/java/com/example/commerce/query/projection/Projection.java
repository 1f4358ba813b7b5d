package com.example.commerce.query.projection;

import java.util.List;

/**
 * A read model kept by the processing group of the same name. Its name is the processor name, the
 * admin API name and the prefix of its tables; every table's key starts with {@code generation}.
 */
public interface Projection {

    String name();

    List<String> tables();
}
