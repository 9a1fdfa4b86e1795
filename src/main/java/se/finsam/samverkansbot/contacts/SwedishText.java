package se.finsam.samverkansbot.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How Swedish text is cut into search terms: lower case, Swedish stop words, light
 * Swedish stemming ({@code psykiatrin} → {@code psykiatri}), then å/ä/ö folded so that
 * {@code hassleholm} finds Hässleholm. Synonyms and abbreviations ({@code fk} =
 * Försäkringskassan) are expanded when entries are indexed, so a query needs none.
 */
final class SwedishText {

    /** The synonym resource on the class path. */
    static final String SYNONYMS = "contacts/synonyms.txt";

    private SwedishText() {
    }

    static SynonymMap synonyms() {
        try (InputStream in = SwedishText.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SYNONYMS);
            }
            // Synonyms are matched on stemmed, folded words, so that every form of a
            // word ("vårdcentralens") is expanded; without stop words, which would
            // leave holes.
            Analyzer plain = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new SwedishLightStemFilter(new LowerCaseFilter(source));
                    return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
                }
            };
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (ParseException e) {
            throw new IllegalStateException("Malformed " + SYNONYMS + " near line " + e.getErrorOffset(), e);
        }
    }

    /** For entries: as {@link #queryAnalyzer()}, then synonyms expanded. */
    static Analyzer indexAnalyzer(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = swedish(new LowerCaseFilter(source));
                stream = new SynonymGraphFilter(stream, synonyms, true);
                return new TokenStreamComponents(source, new FlattenGraphFilter(stream));
            }
        };
    }

    static Analyzer queryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, swedish(new LowerCaseFilter(source)));
            }
        };
    }

    private static TokenStream swedish(TokenStream stream) {
        TokenStream result = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
        result = new SwedishLightStemFilter(result);
        return new ASCIIFoldingFilter(result);
    }

    /** The terms an analyzer makes of a text. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * A name folded for comparison: case, diacritics, hyphens and spacing do not matter.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[\\s-]+", " ");
    }

}
