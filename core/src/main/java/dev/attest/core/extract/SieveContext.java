package dev.attest.core.extract;

import dev.attest.core.text.Layout;
import java.util.List;

/** What sieves may read besides the drafts: the text layout and every cue found in it. */
record SieveContext(Layout layout, List<Cue> cues, SpeakerPhrases phrases) {}
