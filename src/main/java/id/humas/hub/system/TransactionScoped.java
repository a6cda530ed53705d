package id.humas.hub.system;

import java.util.Optional;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value kept for as long as the current transaction runs, as its connection is: set in it, read in it, gone when
 * it ends. A transaction started inside it (REQUIRES_NEW) does not see it, and outside a transaction nothing is kept.
 */
public final class TransactionScoped<T> {

    /**
     * Keeps {@code value} until the transaction ends.
     *
     * @return false, keeping nothing, outside a transaction
     */
    public boolean set(T value) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Holder<?> holder) {
            holder.value = value;
            return true;
        }
        Holder<T> holder = new Holder<>(this, value);
        TransactionSynchronizationManager.bindResource(this, holder);
        TransactionSynchronizationManager.registerSynchronization(holder);
        return true;
    }

    @SuppressWarnings("unchecked")
    public Optional<T> get() {
        return TransactionSynchronizationManager.getResource(this) instanceof Holder<?> holder
                ? Optional.ofNullable((T) holder.value) : Optional.empty();
    }

    /** Forgets the value before the transaction ends. */
    public void clear() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Holder<?> holder) {
            holder.value = null;
        }
    }

    private static final class Holder<T> implements TransactionSynchronization {

        private final Object key;
        private Object value;

        Holder(Object key, T value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(key, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
    }
}
