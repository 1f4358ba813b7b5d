package com.example.commerce.query.orderview;

import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * An order's detail now and after every change, through a {@link FindOrderDetail} subscription
 * query. Updates are registered before the initial answer is read, so none is lost; one that the
 * initial answer already contains (or an older one) is dropped by version; updates come from this
 * node's projection at once and from {@link OrderUpdateFanOut} for changes another node handled.
 * The flux completes after the order completed or was cancelled, and closes the subscription
 * however it ends.
 */
@Component
public class OrderUpdates {

    private static final Logger log = LoggerFactory.getLogger(OrderUpdates.class);

    private final QueryGateway queries;

    public OrderUpdates(QueryGateway queries) {
        this.queries = queries;
    }

    public Flux<OrderDetail> follow(String orderId) {
        return Flux.defer(() -> {
            SubscriptionQueryResult<OrderDetailView, OrderDetailView> result = queries.subscriptionQuery(
                    new FindOrderDetail(orderId), ResponseTypes.instanceOf(OrderDetailView.class),
                    ResponseTypes.instanceOf(OrderDetailView.class));
            AtomicLong lastVersion = new AtomicLong(Long.MIN_VALUE);
            return result.initialResult().concatWith(result.updates())
                    .filter(view -> view.detail().visible() && view.version() > lastVersion.get())
                    .doOnNext(view -> lastVersion.set(view.version()))
                    .map(OrderDetailView::detail)
                    .takeUntil(OrderDetail::ended)
                    .doFinally(signal -> {
                        result.cancel();
                        log.debug("Updates of order {} closed ({})", orderId, signal);
                    });
        });
    }
}
