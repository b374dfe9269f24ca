package org.agora.it.gate;

/** A model object whose text never comes: the host has to cut the template that reads it off. */
public class SlowModel {

    public String getText() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            // the host gave up waiting; nobody reads the answer
            Thread.currentThread().interrupt();
        }
        return "an answer nobody waits for";
    }
}
