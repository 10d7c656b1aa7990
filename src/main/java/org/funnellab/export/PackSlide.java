package org.funnellab.export;

/** One page of a meeting pack and its speaker notes (the assumptions behind it), written into the PPTX. */
public record PackSlide(ExportPage page, String speakerNotes) {
}
