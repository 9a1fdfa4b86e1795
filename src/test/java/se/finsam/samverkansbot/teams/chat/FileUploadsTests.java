package se.finsam.samverkansbot.teams.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A file the user accepted goes only to an upload host of OneDrive over HTTPS, however
 * the address in the request is dressed up.
 */
class FileUploadsTests {

    private final FileUploads uploads = new FileUploads(new FileUploads.Properties(List.of("*.sharepoint.com")));

    @Test
    void oneDriveUploadSessionsAreAllowed() {
        assertThat(uploads.allowed("https://contoso-my.sharepoint.com/personal/anna/_api/upload?x=1")).isTrue();
    }

    @Test
    void otherHostsAndPlainHttpAreRefused() {
        assertThat(uploads.allowed("http://contoso-my.sharepoint.com/personal/anna/upload")).isFalse();
        assertThat(uploads.allowed("https://evil.example/upload")).isFalse();
        assertThat(uploads.allowed("https://sharepoint.com.evil.example/upload")).isFalse();
        assertThat(uploads.allowed("https://evil.example/contoso.sharepoint.com/upload")).isFalse();
        assertThat(uploads.allowed("https://contoso.sharepoint.com@evil.example/upload")).isFalse();
        assertThat(uploads.allowed("https://169.254.169.254/metadata")).isFalse();
        assertThat(uploads.allowed("not a url")).isFalse();
    }

    @Test
    void aRefusedAddressIsNeverCalled() {
        assertThat(uploads.upload("http://127.0.0.1:1/upload", new byte[] { 1 })).isFalse();
    }

}
