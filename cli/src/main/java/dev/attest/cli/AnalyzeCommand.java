package dev.attest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.claims.ClaimAnalysis;
import dev.attest.claims.ClaimAnalyzer;
import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import dev.attest.ingest.ArticleReader;
import dev.attest.json.ClaimsJson;
import dev.attest.json.LedgerJson;
import dev.attest.ingest.InputException;
import dev.attest.ingest.ReadResult;
import dev.attest.ingest.ReaderLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Print the ledger of statements of each article: who said what, how, with offsets.",
                "Inputs are text, HTML or JSON lines files (detected from content), or - for standard input."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { table, json, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|-", description = "Articles to analyse.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, json or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-bytes", defaultValue = "10485760", description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--no-claims", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also score check-worthy claims, hedges and disputes (default: on; --no-claims skips loading the model).")
    boolean claims;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader(new ReaderLimits(maxBytes));
        Pipeline pipeline = Pipeline.standard();
        ClaimAnalyzer claimAnalyzer = claims ? ClaimAnalyzer.standard() : null;
        ObjectMapper mapper = new ObjectMapper();
        LedgerJson json = new LedgerJson(mapper);
        ClaimsJson claimsJson = new ClaimsJson(mapper);
        List<ObjectNode> documents = new ArrayList<>();
        int failed = 0;
        int articles = 0;
        for (String input : inputs) {
            ReadResult result;
            try {
                result = input.equals("-") ? reader.read("<stdin>", readStdin()) : reader.read(Path.of(input));
            } catch (InputException e) {
                err.println("attest: " + e.getMessage());
                failed++;
                continue;
            } catch (IOException e) {
                err.println("attest: <stdin>: cannot read: " + e.getMessage());
                failed++;
                continue;
            }
            for (String problem : result.errors()) {
                err.println("attest: " + problem);
            }
            if (!result.errors().isEmpty()) {
                failed++;
            }
            for (Article a : result.articles()) {
                Ledger ledger;
                ClaimAnalysis analysis;
                try {
                    ledger = pipeline.analyze(a);
                    analysis = claimAnalyzer == null ? null : claimAnalyzer.analyze(ledger);
                } catch (RuntimeException e) {
                    err.println("attest: " + a.source() + ": analysis failed: " + e);
                    failed++;
                    continue;
                }
                articles++;
                if (format == Format.table) {
                    new LedgerTable().print(ledger, out);
                    if (analysis != null) {
                        new ClaimCommands.ClaimsTable().print(analysis, out);
                    }
                } else {
                    ObjectNode doc = json.toJson(ledger);
                    if (analysis != null) {
                        claimsJson.addTo(doc, analysis.claims(), analysis.disputes(), analysis::hedgesOf);
                    }
                    if (format == Format.jsonl) {
                        out.println(doc.toString());
                    } else {
                        documents.add(doc);
                    }
                }
                out.flush();
            }
        }
        if (format == Format.json) {
            try {
                var writer = mapper.writer().with(SerializationFeature.INDENT_OUTPUT);
                if (documents.size() == 1 && inputs.size() == 1) {
                    out.println(writer.writeValueAsString(documents.get(0)));
                } else {
                    ArrayNode arr = mapper.createArrayNode();
                    documents.forEach(arr::add);
                    out.println(writer.writeValueAsString(arr));
                }
            } catch (IOException e) {
                err.println("attest: cannot write JSON: " + e.getMessage());
                return 1;
            }
        }
        out.flush();
        if (failed > 0) {
            err.println("attest: " + failed + " of " + inputs.size() + " inputs had errors; " + articles + " articles analysed");
            return 1;
        }
        return 0;
    }

    private static byte[] readStdin() throws IOException {
        InputStream in = System.in;
        return in.readAllBytes();
    }
}
