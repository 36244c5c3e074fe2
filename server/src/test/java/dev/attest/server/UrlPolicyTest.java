package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class UrlPolicyTest {
    @Test
    void onlyPublicAddressesArePublic() throws Exception {
        for (String local : new String[] {"127.0.0.1", "10.0.0.8", "172.16.4.4", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd12:3456::1", "::"}) {
            assertThat(UrlPolicy.isPublic(InetAddress.getByName(local))).as(local).isFalse();
        }
        for (String open : new String[] {"93.184.216.34", "8.8.8.8", "100.128.0.1", "2001:4860:4860::8888"}) {
            assertThat(UrlPolicy.isPublic(InetAddress.getByName(open))).as(open).isTrue();
        }
    }

    @Test
    void literalPrivateHostsAndOtherSchemesAreRefusedWithTheUrlInTheMessage() {
        UrlPolicy policy = UrlPolicy.publicHostsOnly();
        assertThatThrownBy(() -> policy.check("http://[::1]:8080/x")).hasMessageContaining("http://[::1]:8080/x").hasMessageContaining("private");
        assertThatThrownBy(() -> policy.check("http://localhost/")).hasMessageContaining("local or private");
        assertThatThrownBy(() -> policy.check("ftp://example.org/feed")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> policy.check("not a url at all")).isInstanceOf(HttpError.class);
        UrlPolicy exempt = UrlPolicy.publicHostsAnd("127.0.0.1:1");
        assertThat(exempt.check("http://127.0.0.1:1/x").getPort()).isEqualTo(1);
        assertThatThrownBy(() -> exempt.check("http://127.0.0.1:2/x")).hasMessageContaining("local or private");
    }
}
