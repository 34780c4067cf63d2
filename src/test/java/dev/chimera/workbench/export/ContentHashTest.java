package dev.chimera.workbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @Test
    void bytesHashMatchesAnIndependentSha256OverPathNulBytesNul(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "x,y\n1,2\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.jsonl"), "{\"k\":1}\n");
        // python3: h=sha256(); for p,b in [("a.csv",b"x,y\n1,2\n"),("sub/b.jsonl",b'{"k":1}\n')]:
        //   h.update(p.encode()+b"\0"+b+b"\0")
        ContentHash.Result r = ContentHash.of(dir, List.of("sub/b.jsonl", "a.csv"), ContentHash.Basis.BYTES);
        assertThat(r.hex()).isEqualTo("46377473319c920acd15d6c296411f12134bba748e80434156afa401eacb6146");
        Files.writeString(dir.resolve("sub/b.jsonl"), "{\"k\":2}\n");
        assertThat(ContentHash.of(dir, List.of("a.csv", "sub/b.jsonl"), ContentHash.Basis.BYTES).hex())
                .isEqualTo("e4e3c0fe51653f93ea4258839a74267067b3079b2746c730c3e6c90884fe61c1");
    }

    @Test
    void metadataHashChangesWithTheModificationTimeButNotTheContent(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "abc");
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000));
        String first = ContentHash.of(dir, List.of("a.csv"), ContentHash.Basis.METADATA).hex();
        Files.writeString(f, "xyz"); // same size
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000));
        assertThat(ContentHash.of(dir, List.of("a.csv"), ContentHash.Basis.METADATA).hex()).isEqualTo(first);
        Files.setLastModifiedTime(f, FileTime.fromMillis(2_000_000));
        assertThat(ContentHash.of(dir, List.of("a.csv"), ContentHash.Basis.METADATA).hex()).isNotEqualTo(first);
    }
}
