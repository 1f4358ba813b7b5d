package com.example.commerce.command.order;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How placements that arrive together are committed together ({@link PlacementQueue}).
 *
 * @param workers    threads that take waiting placements and commit them, each its share of the SKUs;
 *                   0 places each order alone on its request's thread
 * @param groupLimit the most placements one transaction takes
 */
@ConfigurationProperties("commerce.order.placement")
public record PlacementProperties(Integer workers, Integer groupLimit) {

    public PlacementProperties {
        workers = workers == null ? 2 : workers;
        groupLimit = groupLimit == null ? 32 : groupLimit;
        if (workers < 0 || groupLimit < 1) {
            throw new IllegalArgumentException("commerce.order.placement: workers must be 0 or more and group-limit"
                    + " 1 or more, not " + workers + " and " + groupLimit);
        }
    }
}
