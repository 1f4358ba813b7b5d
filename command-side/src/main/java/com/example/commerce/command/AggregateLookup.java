package com.example.commerce.command;

import com.example.commerce.api.error.NotFound;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/** Loads an aggregate for a command handler that works across aggregates; a missing one is a {@link NotFound}. */
public final class AggregateLookup {

    private AggregateLookup() {
    }

    public static <T> Aggregate<T> load(Repository<T> repository, String what, Object id) {
        try {
            return repository.load(id.toString());
        } catch (AggregateNotFoundException e) {
            throw new NotFound(what, id);
        }
    }
}
