package dev.chimera.workbench.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.ByteBuffer;

/**
 * Reads and writes session files. Reading is bounded ({@link #MAX_BYTES}) and validates everything before a
 * {@link Session} exists; writing goes to a temporary file beside the chosen one and is then moved over it, so
 * a crash never leaves half a session, and nothing but the chosen path (and its transient temp) is touched.
 */
public final class SessionFiles {
    /** Suffix the GUI proposes and recognises on drag-and-drop. */
    public static final String SUFFIX = ".chimera-session.json";
    /** Largest session file accepted: real ones are a few KiB, annotations included. */
    public static final long MAX_BYTES = 1024 * 1024;

    private SessionFiles() {
    }

    /** True when the file name ends with {@link #SUFFIX} (any case). */
    public static boolean looksLikeSession(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX);
    }

    public static Session read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such session file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new SessionFormatException("the file is larger than " + MAX_BYTES / 1024
                    + " KiB; a session file is a few KiB, so this is not one");
        }
        return parse(decode(bytes));
    }

    /** Parses and validates session JSON text. */
    public static Session parse(String text) throws SessionFormatException {
        if (text.length() > MAX_BYTES) {
            throw new SessionFormatException("the text is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        return SessionJsonReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    public static String toJson(Session session) {
        return SessionJsonWriter.write(session);
    }

    /** Writes atomically where possible: temp file in the same folder, then a move over {@code file}. */
    public static void write(Path file, Session session) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder");
        }
        byte[] bytes = toJson(session).getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String decode(byte[] bytes) throws SessionFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SessionFormatException("the file is not UTF-8 text");
        }
    }
}
