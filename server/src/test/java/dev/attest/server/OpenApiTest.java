package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
    @Test
    void theDocumentParsesAndListsExactlyTheApiRoutesTheServerRegisters(@TempDir Path temp) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (TestWorkbench wb = new TestWorkbench(temp)) {
            HttpResponse<String> r = wb.get("/api/openapi.json", null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode doc = mapper.readTree(r.body());
            assertThat(doc.path("openapi").asText()).startsWith("3.1");

            Set<String> documented = new TreeSet<>();
            for (Iterator<String> paths = doc.path("paths").fieldNames(); paths.hasNext(); ) {
                String path = paths.next();
                doc.path("paths").path(path).fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path));
            }
            Set<String> registered = new TreeSet<>();
            for (Route route : wb.server.routes()) {
                if (route.path().startsWith("/api/") || route.path().equals("/health")) {
                    registered.add(route.method() + " " + route.path());
                }
            }
            assertThat(registered).hasSizeGreaterThan(15);
            assertThat(documented).isEqualTo(registered);

            // every reference points at a schema that exists
            JsonNode schemas = doc.path("components").path("schemas");
            for (String ref : r.body().split("\"\\$ref\"")) {
                int start = ref.indexOf("#/components/schemas/");
                if (ref.startsWith(":") && start >= 0) {
                    String name = ref.substring(start + "#/components/schemas/".length(), ref.indexOf('"', start));
                    assertThat(schemas.has(name)).as("schema " + name).isTrue();
                }
            }
        }
    }
}
