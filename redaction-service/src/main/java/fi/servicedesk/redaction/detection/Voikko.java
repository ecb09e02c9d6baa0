package fi.servicedesk.redaction.detection;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Finnish morphology from libvoikko (Debian {@code libvoikko1} with the {@code voikko-fi}
 * dictionary), called through the foreign function API. {@link #analyse} answers every reading
 * of a word: its class ({@code etunimi}, {@code sukunimi}, {@code paikannimi}, {@code nimisana}, …),
 * base form and case. A libvoikko handle is not thread-safe, so calls on one instance are
 * serialised; callers cache the answers ({@link NameLexicon}).
 */
public final class Voikko implements AutoCloseable {

    /** One reading of a word. */
    public record Analysis(String wordClass, String baseForm, String grammaticalCase) {
    }

    private static final String LIBRARY = "libvoikko.so.1";
    private static final String FINNISH = "fi";
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG;

    private final Arena arena;
    private final MethodHandle analyzeWord;
    private final MethodHandle analysisValue;
    private final MethodHandle freeValue;
    private final MethodHandle freeAnalyses;
    private final MethodHandle terminate;
    private final MemorySegment handle;
    private final MemorySegment classKey;
    private final MemorySegment baseFormKey;
    private final MemorySegment caseKey;

    private Voikko(Arena arena, String library, String language) {
        this.arena = arena;
        var linker = Linker.nativeLinker();
        var lib = SymbolLookup.libraryLookup(library, arena);
        var init = linker.downcallHandle(lib.findOrThrow("voikkoInit"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        analyzeWord = linker.downcallHandle(lib.findOrThrow("voikkoAnalyzeWordCstr"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        analysisValue = linker.downcallHandle(lib.findOrThrow("voikko_mor_analysis_value_cstr"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        freeValue = linker.downcallHandle(lib.findOrThrow("voikko_free_mor_analysis_value_cstr"),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        freeAnalyses = linker.downcallHandle(lib.findOrThrow("voikko_free_mor_analysis"),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        terminate = linker.downcallHandle(lib.findOrThrow("voikkoTerminate"),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        classKey = arena.allocateFrom("CLASS");
        baseFormKey = arena.allocateFrom("BASEFORM");
        caseKey = arena.allocateFrom("SIJAMUOTO");
        try (var call = Arena.ofConfined()) {
            var error = call.allocate(ValueLayout.ADDRESS);
            var h = (MemorySegment) init.invokeExact(error, call.allocateFrom(language), MemorySegment.NULL);
            if (h.equals(MemorySegment.NULL)) {
                var message = error.get(ValueLayout.ADDRESS, 0).reinterpret(Long.MAX_VALUE).getString(0);
                throw new IllegalStateException("libvoikko found no Finnish dictionary (install voikko-fi): " + message);
            }
            handle = h;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads libvoikko and its Finnish dictionary, or fails with a message that says what to
     * install: redacting without it would let people's names through.
     */
    public static Voikko load() {
        return load(LIBRARY, FINNISH);
    }

    /** As {@link #load()}, from the given library, with the dictionary of the given language (a BCP 47 tag). */
    static Voikko load(String library, String language) {
        var arena = Arena.ofShared();
        try {
            return new Voikko(arena, library, language);
        } catch (IllegalArgumentException e) {
            arena.close();
            throw new IllegalStateException("libvoikko (" + library + ") is not installed: the redaction of people's names "
                    + "needs it (Debian: apt-get install libvoikko1 voikko-fi)", e);
        } catch (IllegalCallerException e) {
            arena.close();
            throw new IllegalStateException("native access is not enabled: run the JVM with --enable-native-access=ALL-UNNAMED", e);
        } catch (RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    /** Every reading of {@code word}; empty when Voikko does not know it. */
    public synchronized List<Analysis> analyse(String word) {
        try (var call = Arena.ofConfined()) {
            var analyses = (MemorySegment) analyzeWord.invokeExact(handle, call.allocateFrom(word));
            if (analyses.equals(MemorySegment.NULL)) {
                return List.of();
            }
            try {
                var array = analyses.reinterpret(Long.MAX_VALUE);
                var out = new ArrayList<Analysis>(2);
                for (long i = 0; ; i++) {
                    var analysis = array.getAtIndex(ValueLayout.ADDRESS, i);
                    if (analysis.equals(MemorySegment.NULL)) {
                        return out;
                    }
                    out.add(new Analysis(value(analysis, classKey), value(analysis, baseFormKey), value(analysis, caseKey)));
                }
            } finally {
                freeAnalyses.invokeExact(analyses);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private String value(MemorySegment analysis, MemorySegment key) throws Throwable {
        var value = (MemorySegment) analysisValue.invokeExact(analysis, key);
        if (value.equals(MemorySegment.NULL)) {
            return null;
        }
        try {
            return value.reinterpret(Long.MAX_VALUE).getString(0);
        } finally {
            freeValue.invokeExact(value);
        }
    }

    @Override
    public synchronized void close() {
        try {
            terminate.invokeExact(handle);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            arena.close();
        }
    }
}
