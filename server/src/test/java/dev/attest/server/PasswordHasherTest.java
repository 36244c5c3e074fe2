package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordHasherTest {
    @TempDir
    Path store;

    @Test
    void hashesWithPbkdf2RandomSaltAndVerifies() {
        PasswordHasher hasher = new PasswordHasher();
        PasswordHasher.PasswordHash a = hasher.hash("s3cret-pass".toCharArray());
        PasswordHasher.PasswordHash b = hasher.hash("s3cret-pass".toCharArray());
        assertThat(a.algorithm()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(a.iterations()).isGreaterThanOrEqualTo(210_000);
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(hasher.verify("s3cret-pass".toCharArray(), a)).isTrue();
        assertThat(hasher.verify("s3cret-pasS".toCharArray(), a)).isFalse();
    }

    @Test
    void usersFileKeepsNoPasswordAndAuthenticates() throws Exception {
        UserAccounts accounts = new UserAccounts(store);
        accounts.add("bob", "a long password".toCharArray());
        String file = Files.readString(store.resolve(UserAccounts.FILE_NAME));
        assertThat(file).doesNotContain("a long password").contains("PBKDF2WithHmacSHA256");
        assertThat(accounts.authenticate("bob", "a long password".toCharArray())).contains("bob");
        assertThat(accounts.authenticate("bob", "wrong password".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("eve", "a long password".toCharArray())).isEmpty();
        assertThatThrownBy(() -> accounts.add("bob", "short".toCharArray())).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> accounts.add("<b>", "a long password".toCharArray())).hasMessageContaining("user name");
    }
}
