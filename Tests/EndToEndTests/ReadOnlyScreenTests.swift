import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The screen on a read-only file system: it opens to read, says so, and saves nothing.
@Suite(.serialized) struct ReadOnlyScreenTests {
    /// Whether this machine lets a test make a private read-only mount.
    static let mountNamespaces: Bool = {
        ScreenTests.tmuxTestsEnabled
            && system("unshare -m sh -c 'mount -t tmpfs none /mnt && mount -o remount,ro /mnt' >/dev/null 2>&1") == 0
    }()

    @Test(.enabled(if: mountNamespaces)) func theScreenOpensReadOnlyWithAWarningAndSavesNothing() throws {
        // Run in a private mount namespace: a tmpfs holding a copy of the files is remounted
        // read-only and the program opens the copy. The script gets the program as $0 and
        // `--file FILE` as $1 and $2.
        let script =
            "dir=$(dirname \"$2\"); ro=\"$dir/ro\"; mkdir -p \"$ro\" && mount -t tmpfs none \"$ro\" "
            + "&& cp \"$2\" \"$dir/pathway.history.jsonl\" \"$ro/\" && mount -o remount,ro \"$ro\" "
            + "&& exec \"$0\" --file \"$ro/pathway.json\""
        let t = try ScreenTests.Tmux(
            width: 100, height: 30, extraEnvironment: "unshare -m sh -c " + ScreenTests.Tmux.quote(script)
        ) { harness in
            try harness.run(["mark", "step1", "registered"])
        }
        let first = try t.waitFor("Read-only")
        #expect(first.contains("changes are not saved"))
        // A change is refused by the file system, said on the screen; quitting twice leaves.
        try t.send("a")
        try t.waitFor("on (YYYY-MM-DD)")
        try t.send("Enter")
        try t.waitFor("Not saved")
        try t.send("q", "q")
        try t.waitFor("EXITED=3")
    }
}
