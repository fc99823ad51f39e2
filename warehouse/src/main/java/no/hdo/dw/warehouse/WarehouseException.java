package no.hdo.dw.warehouse;

/** A failure of the warehouse that the operator must see, with a message that says what and where. */
public class WarehouseException extends RuntimeException {

    public WarehouseException(String message) {
        super(message);
    }

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
