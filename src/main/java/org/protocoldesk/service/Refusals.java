package org.protocoldesk.service;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.protocoldesk.model.InvalidRecordException;
import org.protocoldesk.store.ConstraintViolationException;

/**
 * Turns a rule of the schema that a write broke into the field at fault, named as a form names it ("full name"), so
 * that the form shows it next to that field like any check of its own: never a stack trace, never SQL.
 */
final class Refusals {
    /** The key of {@link #fieldsOf} for the field a foreign-key refusal blames (SQLite names no column for it). */
    static final String FOREIGN_KEY = "";

    private final Map<String, String> fieldsOf;

    /** @param fieldsOf the field of each column that a rule may concern, and of {@link #FOREIGN_KEY} */
    Refusals(Map<String, String> fieldsOf) {
        this.fieldsOf = Map.copyOf(fieldsOf);
    }

    /** Runs {@code write}; a broken rule of a known column comes back as an {@link InvalidRecordException}. */
    <T> T translated(Supplier<T> write) {
        try {
            return write.get();
        } catch (ConstraintViolationException broken) {
            throw blame(broken).orElseThrow(() -> broken);
        }
    }

    void translated(Runnable write) {
        translated(() -> {
            write.run();
            return null;
        });
    }

    Optional<InvalidRecordException> blame(ConstraintViolationException broken) {
        Optional<String> field = broken.rule() == ConstraintViolationException.Rule.FOREIGN_KEY
                ? Optional.ofNullable(fieldsOf.get(FOREIGN_KEY))
                : broken.columns().stream().map(fieldsOf::get).filter(f -> f != null).findFirst();
        return field.map(name -> {
            InvalidRecordException refused = new InvalidRecordException(name, problem(broken.rule()));
            refused.initCause(broken);
            return refused;
        });
    }

    private static String problem(ConstraintViolationException.Rule rule) {
        return switch (rule) {
            case UNIQUE -> "is already recorded";
            case CHECK -> "is not a value the registry accepts";
            case NOT_NULL -> "is required";
            case FOREIGN_KEY -> "is not in the registry";
        };
    }
}
