package com.example.commerce.axon.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Appends a unit of work's events with one {@code INSERT ... VALUES (...), (...)}. Axon's own
 * statement is a JDBC batch of one-row inserts, which the database runs as one statement per event:
 * placing an order stores three events, so it was three statements, each parsed, planned and
 * executed on its own, under the lock of the SKUs it holds. The rows are inserted in the order of
 * the events, so their global indexes rise in that order, as before. A unit of work with more than
 * {@value #MAX_ROWS} events (a bulk import) keeps Axon's batch, which has no limit on its size.
 */
public final class MultiRowAppend implements AppendEventsStatementBuilder {

    /** Nine parameters per row, far below PostgreSQL's limit of 65,535 per statement. */
    static final int MAX_ROWS = 100;
    private static final int COLUMNS = 9;

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        if (events.size() > MAX_ROWS) {
            return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
                    timestampWriter);
        }
        PreparedStatement statement = connection.prepareStatement(sql(schema, events.size()));
        int column = 1;
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = asDomainEvent(message);
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
            statement.setString(column++, event.getIdentifier());
            statement.setString(column++, event.getAggregateIdentifier());
            statement.setLong(column++, event.getSequenceNumber());
            statement.setString(column++, event.getType());
            timestampWriter.writeTimestamp(statement, column++, event.getTimestamp());
            statement.setString(column++, payload.getType().getName());
            statement.setString(column++, payload.getType().getRevision());
            statement.setObject(column++, payload.getData());
            statement.setObject(column++, metaData.getData());
        }
        // The engine runs the statement as a batch: this one entry is the whole insert.
        statement.addBatch();
        return statement;
    }

    /** The columns in the order {@link EventSchema#domainEventFields()} names them, as Axon's statement. */
    static String sql(EventSchema schema, int rows) {
        String row = "(" + "?, ".repeat(COLUMNS - 1) + "?)";
        return "INSERT INTO " + schema.domainEventTable() + " (" + schema.domainEventFields() + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    /** An event published outside an aggregate is stored as Axon stores it: its own stream of one. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return domainEvent;
        }
        return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
