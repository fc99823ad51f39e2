package no.hdo.dw.jobs.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TMDL file read by the documented rules of the language (Microsoft Learn, "Tabular Model
 * Definition Language"): indentation by tabs, one level deeper per child; an object declared as
 * {@code <type> <name>} (the name plain or in single quotes with quotes doubled), optionally {@code =
 * <expression>}; properties as {@code <name>: <value>}, a bare {@code <name>} for a true boolean, or
 * {@code <name> =} with the expression on the lines below, indented deeper than the properties;
 * {@code ///} descriptions right above the object they describe. A line that keeps none of these
 * rules is an error, with its line number.
 */
public final class TmdlFile {

    /** An object of the file: its type, its name (unquoted), its default expression, properties and children. */
    public record TmdlObject(
            String type,
            String name,
            String expression,
            String description,
            List<String[]> properties,
            List<TmdlObject> children,
            int line) {

        public String property(String name) {
            return properties.stream()
                    .filter(property -> property[0].equals(name))
                    .map(property -> property[1])
                    .findFirst()
                    .orElse(null);
        }

        public List<TmdlObject> children(String type) {
            return children.stream().filter(child -> child.type().equals(type)).toList();
        }
    }

    private static final String NAME = "(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*|[0-9a-f]{8}-[0-9a-f-]{27})";
    private static final Pattern DECLARATION = Pattern.compile(
            "(database|model|table|column|measure|partition|relationship|expression|annotation|cultureInfo|ref table|ref cultureInfo)"
                    + "(?: (" + NAME + "|[a-z]{2}-[A-Z]{2}))?(?: = ?(.*))?");
    private static final Pattern PROPERTY = Pattern.compile("([a-z][A-Za-z]*)(?:: (.+)| =)?");
    private static final Pattern OBJECT_TYPES_WITHOUT_NAME = Pattern.compile("database");

    private final List<TmdlObject> objects;

    private TmdlFile(List<TmdlObject> objects) {
        this.objects = objects;
    }

    public List<TmdlObject> objects() {
        return objects;
    }

    /** Reads {@code text}; throws {@link IllegalArgumentException} naming {@code file} and the line on a broken rule. */
    public static TmdlFile parse(String file, String text) {
        List<String> lines = text.lines().toList();
        List<TmdlObject> roots = new ArrayList<>();
        List<TmdlObject> open = new ArrayList<>(); // the open object per level
        StringBuilder description = new StringBuilder();
        int expressionLevel = -1; // the level an expression's lines must be deeper than, or -1
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            int number = index + 1;
            if (line.isBlank()) {
                continue;
            }
            int level = 0;
            while (level < line.length() && line.charAt(level) == '\t') {
                level++;
            }
            String content = line.substring(level);
            if (expressionLevel >= 0) {
                if (level > expressionLevel) {
                    continue; // a line of the expression (M, DAX, JSON): its own syntax
                }
                expressionLevel = -1;
            }
            if (content.startsWith(" ")) {
                throw error(file, number, "indented with spaces, not tabs");
            }
            if (content.startsWith("///")) {
                description.append(content.substring(3).strip()).append('\n');
                continue;
            }
            Matcher declaration = DECLARATION.matcher(content);
            // a model file's annotations and refs stand at the left margin, as the model's children
            int parentLevel = level - 1;
            if (declaration.matches() && !isProperty(content)) {
                String type = declaration.group(1);
                String name = declaration.group(2);
                if (name == null && !OBJECT_TYPES_WITHOUT_NAME.matcher(type).matches() && !type.equals("annotation")) {
                    throw error(file, number, type + " without a name");
                }
                TmdlObject object = new TmdlObject(
                        type,
                        name == null ? null : unquote(name),
                        declaration.group(3),
                        description.isEmpty() ? null : description.toString().strip(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        number);
                description.setLength(0);
                if (level == 0) {
                    boolean childOfModel = (type.equals("annotation") || type.startsWith("ref "))
                            && !roots.isEmpty()
                            && roots.get(0).type().equals("model");
                    if (childOfModel) {
                        roots.get(0).children().add(object);
                    } else {
                        roots.add(object);
                    }
                } else {
                    if (parentLevel >= open.size() || open.get(parentLevel) == null) {
                        throw error(file, number, "indented " + level + " levels, with no object one level up");
                    }
                    open.get(parentLevel).children().add(object);
                }
                while (open.size() > level) {
                    open.remove(open.size() - 1);
                }
                open.add(object);
                if (declaration.group(3) != null && declaration.group(3).isEmpty()) {
                    expressionLevel = level + 1;
                }
                continue;
            }
            if (!description.isEmpty()) {
                throw error(file, number, "a /// description not followed by an object");
            }
            Matcher property = PROPERTY.matcher(content);
            if (!property.matches()) {
                throw error(file, number, "neither an object, a property nor a description: " + content);
            }
            if (parentLevel < 0 || parentLevel >= open.size() || open.get(parentLevel) == null) {
                throw error(file, number, "a property with no object one level up");
            }
            while (open.size() > level) {
                open.remove(open.size() - 1);
            }
            String value = property.group(2);
            boolean expression = content.endsWith(" =");
            open.get(parentLevel).properties().add(new String[] {property.group(1), expression ? "=" : value});
            if (expression) {
                expressionLevel = level + 1;
            }
            if (value == null) {
                // a bare property (dataAccessOptions) or an expression's (linguisticMetadata =) can have its own below
                open.add(new TmdlObject(
                        "property", property.group(1), null, null, new ArrayList<>(), new ArrayList<>(), number));
            }
        }
        if (!description.isEmpty()) {
            throw error(file, lines.size(), "a /// description at the end of the file");
        }
        return new TmdlFile(List.copyOf(roots));
    }

    private static boolean isProperty(String content) {
        // "source =" and "formatString: 0" are properties; "column Foo" and "measure 'A' = SUM(...)" are objects
        return content.matches("[a-z][A-Za-z]*(: .+| =)");
    }

    private static String unquote(String name) {
        return name.startsWith("'") ? name.substring(1, name.length() - 1).replace("''", "'") : name;
    }

    private static IllegalArgumentException error(String file, int line, String reason) {
        return new IllegalArgumentException(file + ", line " + line + ": " + reason);
    }
}
