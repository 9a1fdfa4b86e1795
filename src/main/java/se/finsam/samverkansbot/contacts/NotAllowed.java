package se.finsam.samverkansbot.contacts;

/** Someone who is not a coordinator or admin tried to change the directory. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String userId) {
        super("User " + userId + " may not change the contact directory");
    }

}
