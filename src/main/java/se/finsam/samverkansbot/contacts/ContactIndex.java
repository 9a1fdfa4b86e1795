package se.finsam.samverkansbot.contacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import se.finsam.samverkansbot.core.Agency;

/**
 * The in-memory Lucene index of the contact paths in force. Rebuilt from the database on
 * start and after an import; single changes replace one document. Thread-safe.
 */
final class ContactIndex implements AutoCloseable {

    static final String ALL_KOMMUNER = "*";

    private static final String ID = "id";

    private static final String TITLE = "title";

    private static final String TEXT = "text";

    private static final String KOMMUN = "kommun";

    private final Analyzer queryAnalyzer = SwedishText.queryAnalyzer();

    private final IndexWriter writer;

    private final SearcherManager searchers;

    private final AgencyNames agencyNames;

    /**
     * Words an agency is known by (its name in the bundle, abbreviations come from
     * synonyms).
     */
    interface AgencyNames {

        String of(Agency agency);

    }

    ContactIndex(AgencyNames agencyNames) {
        this.agencyNames = agencyNames;
        try {
            IndexWriterConfig config = new IndexWriterConfig(SwedishText.indexAnalyzer(SwedishText.synonyms()));
            config.setRAMBufferSizeMB(64);
            config.setUseCompoundFile(false);
            this.writer = new IndexWriter(new ByteBuffersDirectory(), config);
            this.writer.commit();
            this.searchers = new SearcherManager(this.writer, null);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index with these paths (retired ones are left out). */
    synchronized void rebuild(Collection<ContactPath> paths) {
        try {
            writer.deleteAll();
            // The writer takes documents from several threads at once; analysis is most
            // of the work.
            paths.parallelStream().filter(path -> !path.retired()).forEach(path -> {
                try {
                    writer.addDocument(document(path));
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts in, replaces or (when retired) removes one path. */
    synchronized void put(ContactPath path) {
        try {
            Term id = new Term(ID, path.id().toString());
            if (path.retired()) {
                writer.deleteDocuments(id);
            }
            else {
                writer.updateDocument(id, document(path));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document document(ContactPath path) {
        Document document = new Document();
        document.add(new StringField(ID, path.id().toString(), Field.Store.YES));
        String title = agencyNames.of(path.agency()) + " " + path.unit() + " " + String.join(" ", path.topics());
        document.add(new TextField(TITLE, title, Field.Store.NO));
        // Everything but the title, which is a field of its own and searched as well.
        StringBuilder text = new StringBuilder();
        for (String part : new String[] { String.join(" ", path.kommuner()), path.description(), path.whenToUse(),
                path.haveReady(), path.openingHours() }) {
            if (part != null) {
                text.append(' ').append(part);
            }
        }
        document.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        if (path.kommuner().isEmpty()) {
            document.add(new StringField(KOMMUN, ALL_KOMMUNER, Field.Store.NO));
        }
        for (String kommun : path.kommuner()) {
            document.add(new StringField(KOMMUN, SwedishText.fold(kommun), Field.Store.NO));
        }
        return document;
    }

    /**
     * The best paths for the words, best first.
     * @param words what the user wrote, kommun names already taken out
     * @param named a kommun the user named (folded): only paths covering it are found
     * @param preferred the user's own kommun (folded): paths covering it rank first
     */
    List<Long> search(String words, Optional<String> named, Optional<String> preferred, int limit) {
        List<String> terms = SwedishText.terms(queryAnalyzer, words == null ? "" : words);
        if (terms.isEmpty() && named.isEmpty() && preferred.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return run(searcher, query(searcher.getIndexReader(), terms, named, preferred), limit);
            }
            finally {
                searchers.release(searcher);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query query(IndexReader reader, List<String> terms, Optional<String> named,
            Optional<String> preferred) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(terms.isEmpty() ? new MatchAllDocsQuery() : textQuery(reader, terms), Occur.MUST);
        named.ifPresent(kommun -> query.add(covering(kommun), Occur.FILTER));
        Optional<String> ranking = named.or(() -> preferred);
        ranking.ifPresent(kommun -> {
            query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(KOMMUN, kommun))), 3f),
                    Occur.SHOULD);
            query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(KOMMUN, ALL_KOMMUNER))), 2f),
                    Occur.SHOULD);
        });
        return query.build();
    }

    private static Query covering(String kommun) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(KOMMUN, kommun)), Occur.SHOULD)
            .add(new TermQuery(new Term(KOMMUN, ALL_KOMMUNER)), Occur.SHOULD)
            .build();
    }

    /**
     * Per word: the word itself in the title and the text; only for a word the index does
     * not know, also words one or two edits away (a typo) and, for the last word, words
     * it begins (still being typed). Known words skip those, which keeps common queries
     * fast.
     */
    private static Query textQuery(IndexReader reader, List<String> terms) throws IOException {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            BooleanQuery.Builder clause = new BooleanQuery.Builder();
            clause.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), 3f), Occur.SHOULD);
            clause.add(new BoostQuery(new TermQuery(new Term(TEXT, term)), 1.5f), Occur.SHOULD);
            boolean known = reader.docFreq(new Term(TITLE, term)) > 0 || reader.docFreq(new Term(TEXT, term)) > 0;
            if (known) {
                text.add(clause.build(), Occur.SHOULD);
                continue;
            }
            int edits = term.length() < 4 ? 0 : term.length() < 8 ? 1 : 2;
            if (edits > 0) {
                clause.add(new BoostQuery(new FuzzyQuery(new Term(TITLE, term), edits, 1, 10, true), 1f), Occur.SHOULD);
                clause.add(new BoostQuery(new FuzzyQuery(new Term(TEXT, term), edits, 1, 10, true), 0.5f),
                        Occur.SHOULD);
            }
            if (i == terms.size() - 1 && term.length() >= 3) {
                // The last word may be one still being typed (the messaging extension
                // searches as the user types).
                clause.add(new BoostQuery(new PrefixQuery(new Term(TITLE, term)), 1f), Occur.SHOULD);
                clause.add(new BoostQuery(new PrefixQuery(new Term(TEXT, term)), 0.5f), Occur.SHOULD);
            }
            text.add(clause.build(), Occur.SHOULD);
        }
        text.setMinimumNumberShouldMatch(Math.max(1, (terms.size() + 1) / 2));
        return text.build();
    }

    private static List<Long> run(IndexSearcher searcher, Query query, int limit) throws IOException {
        TopDocs top = searcher.search(query, limit);
        List<Long> ids = new ArrayList<>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            ids.add(Long.valueOf(stored.document(hit.doc).get(ID)));
        }
        return ids;
    }

    int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            }
            finally {
                searchers.release(searcher);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

}
