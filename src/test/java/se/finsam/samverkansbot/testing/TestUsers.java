package se.finsam.samverkansbot.testing;

/** The people of the tests, all in the test tenant. */
public final class TestUsers {

    public static final String TENANT = "11111111-2222-3333-4444-555555555555";

    public static final String OTHER_TENANT = "99999999-8888-7777-6666-555555555555";

    public static final String BOT_APP_ID = "00000000-0000-0000-0000-0000000b0701";

    public static final String BOT_ID = "28:" + BOT_APP_ID;

    public static final TestUser CASEWORKER = new TestUser("29:caseworker-anna", "aad-anna", "Anna Handläggare");

    public static final TestUser COORDINATOR = new TestUser("29:coordinator-sven", "aad-sven", "Sven Koordinator");

    public static final TestUser TEAM_MEMBER = new TestUser("29:member-fatima", "aad-fatima", "Fatima Teammedlem");

    private TestUsers() {
    }

    /**
     * A new user nobody else in the test JVM uses, so tests sharing an application do not
     * meet.
     */
    public static TestUser fresh(String name) {
        String unique = java.util.UUID.randomUUID().toString();
        return new TestUser("29:" + unique, "aad-" + unique, name);
    }

    public record TestUser(String id, String aadObjectId, String name) {

        /** The id of this user's personal chat with the bot. */
        public String personalConversationId() {
            return "a:personal-" + aadObjectId;
        }
    }

}
