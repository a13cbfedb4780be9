package fixbank.indexer.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;

/**
 * Walks a parsed Markdown document and collects its plain text: no Markdown, HTML tags or comments, link targets
 * or image paths, only what a reader sees below the title. Text under a Symptoms, Cause or Resolution heading
 * belongs to that section, up to the next heading of the same or a higher level; sections are kept as ranges of
 * the text rather than copies, so that the indexer can analyse the text once for the body and its sections. One
 * instance per document.
 */
final class PlainTextExtractor extends AbstractVisitor {

    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    private final StringBuilder text = new StringBuilder();
    private final List<String> headings = new ArrayList<>();
    /** The sections met, in order. */
    private final List<Section> sectionsMet = new ArrayList<>();

    /** Where each section met starts and ends in {@link #text} before tidying, two entries a section. */
    private final List<Integer> sectionBounds = new ArrayList<>();

    private String firstH1;
    private Section currentSection;
    private int currentSectionLevel;
    private StringBuilder headingText;

    static BodyText extract(Node document) {
        PlainTextExtractor extractor = new PlainTextExtractor();
        document.accept(extractor);
        extractor.endSection();
        int[] bounds =
                extractor.sectionBounds.stream().mapToInt(Integer::intValue).toArray();
        String text = tidy(extractor.text, bounds);
        Map<Section, List<TextRange>> sections = new EnumMap<>(Section.class);
        for (int i = 0; i < extractor.sectionsMet.size(); i++) {
            int start = bounds[2 * i];
            int end = bounds[2 * i + 1];
            // A section starts after its heading's line break, so the tidied text has none there; it ends at one.
            while (end > start && text.charAt(end - 1) == '\n') {
                end--;
            }
            if (end > start) {
                sections.computeIfAbsent(extractor.sectionsMet.get(i), s -> new ArrayList<>())
                        .add(new TextRange(start, end));
            }
        }
        return new BodyText(text, Optional.ofNullable(extractor.firstH1), extractor.headings, sections);
    }

    private void endSection() {
        if (currentSection != null) {
            sectionBounds.add(text.length());
            currentSection = null;
        }
    }

    private void append(String s) {
        if (headingText != null) {
            headingText.append(s);
            return;
        }
        text.append(s);
    }

    private void endBlock() {
        append("\n");
    }

    @Override
    public void visit(Heading heading) {
        headingText = new StringBuilder();
        visitChildren(heading);
        String title = tidy(headingText).replace('\n', ' ');
        headingText = null;
        if (title.isEmpty()) {
            return;
        }
        headings.add(title);
        if (heading.getLevel() == 1 && firstH1 == null) {
            // The first H1 repeats the title, which has a field of its own; in the text it would only
            // crowd out the passages that snippets are cut from.
            firstH1 = title;
            return;
        }
        if (currentSection != null && heading.getLevel() <= currentSectionLevel) {
            endSection();
        }
        Optional<Section> section = currentSection == null ? Section.forHeading(title) : Optional.empty();
        append(title);
        endBlock();
        if (section.isPresent()) {
            currentSection = section.get();
            currentSectionLevel = heading.getLevel();
            sectionsMet.add(currentSection);
            sectionBounds.add(text.length());
        }
    }

    @Override
    public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        endBlock();
    }

    @Override
    public void visit(ListItem listItem) {
        visitChildren(listItem);
        endBlock();
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        visitChildren(blockQuote);
        endBlock();
    }

    @Override
    public void visit(Text node) {
        append(node.getLiteral());
    }

    @Override
    public void visit(Code code) {
        append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        append(" ");
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        append("\n");
    }

    @Override
    public void visit(FencedCodeBlock codeBlock) {
        append(codeBlock.getLiteral());
        endBlock();
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
        append(codeBlock.getLiteral());
        endBlock();
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        // Raw HTML (tables, comments, <div>s) keeps only its visible text, cells and blocks apart.
        append(Jsoup.parseBodyFragment(htmlBlock.getLiteral()).text());
        endBlock();
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        // Inline tags carry no text of their own; a <br> still separates words.
        if (LINE_BREAK_TAG.matcher(htmlInline.getLiteral()).matches()) {
            append(" ");
        }
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        // A link target is not text a reader sees.
    }

    @Override
    public void visit(CustomBlock customBlock) {
        visitChildren(customBlock);
        endBlock();
    }

    @Override
    public void visit(CustomNode customNode) {
        visitChildren(customNode);
        append(customNode instanceof TableCell ? " " : "\n");
    }

    /**
     * Folds runs of spaces (including no-break and zero-width ones) into one, trims every line and drops blank
     * lines. A plain loop over the characters copied out: this runs over every article's text on every build, in an
     * indexer whose JIT compiler does not remove a {@code StringBuilder.charAt}'s checks.
     */
    static String tidy(StringBuilder raw) {
        return tidy(raw, new int[0]);
    }

    /**
     * As {@link #tidy(StringBuilder)}, replacing each of the ascending positions in {@code marks} with where the
     * raw text from that position on starts in the result.
     */
    private static String tidy(StringBuilder raw, int[] marks) {
        char[] in = new char[raw.length()];
        raw.getChars(0, in.length, in, 0);
        char[] out = new char[in.length];
        int length = 0;
        boolean pendingSpace = false;
        int mark = 0;
        for (int i = 0; i < in.length; i++) {
            while (mark < marks.length && marks[mark] == i) {
                marks[mark++] = length;
            }
            char c = in[i];
            if (c == '\n') {
                pendingSpace = false;
                if (length > 0 && out[length - 1] != '\n') {
                    out[length++] = '\n';
                }
            } else if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u200B' || c == '\r') {
                pendingSpace = length > 0 && out[length - 1] != '\n';
            } else {
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
            }
        }
        while (mark < marks.length) {
            marks[mark++] = length;
        }
        while (length > 0 && out[length - 1] == '\n') {
            length--;
        }
        for (int i = 0; i < marks.length; i++) {
            marks[i] = Math.min(marks[i], length);
        }
        return new String(out, 0, length);
    }
}
