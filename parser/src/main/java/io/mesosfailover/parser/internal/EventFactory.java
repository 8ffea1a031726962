package io.mesosfailover.parser.internal;

import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.HealthCheckAction;
import io.mesosfailover.event.KnownTemplate;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.event.RegistryOperation;
import io.mesosfailover.event.Severity;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.event.TemplateFields;
import io.mesosfailover.grammar.MesosMasterParser;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns a labelled alternative of the grammar into its event record, one-to-one by name: the alternative
 * {@code #agentDisconnected} becomes {@code AgentDisconnected}, and each element label ({@code agentId=value})
 * fills the record component of that name, converted to its type. The labels' places are read from the parse tree
 * once per token-type sequence ({@link #shapeOf}); the values from each message's own text. The mapping is checked for every label by a
 * test, so a label without a record, or an element without a component, fails the build instead of a parse.
 */
public final class EventFactory {

    private static final String EVENT_PACKAGE = "io.mesosfailover.event.";
    private static final Map<Class<?>, Mapping> MAPPINGS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, List<Field>> LABEL_FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Function<String, Object>> CONVERTERS = converters();
    /** Pieces of the grammar that carry no element labels, in themselves or below: not worth walking into. */
    private static final Set<Class<?>> UNLABELLED_PIECES = Set.of(
            MesosMasterParser.ValueContext.class, MesosMasterParser.KeywordContext.class,
            MesosMasterParser.TextContext.class, MesosMasterParser.NameTextContext.class,
            MesosMasterParser.AgentWordContext.class, MesosMasterParser.AgentTitleContext.class);

    private EventFactory() {
    }

    /**
     * Builds the event of a matched message.
     *
     * @param templateFields whether a known template's event carries its fields ({@link TemplateFields#NONE} when
     *     not: the values are then not even cut out of the message)
     * @throws IllegalArgumentException when a labelled value cannot be converted (a malformed number, say)
     */
    public static MesosEvent create(ParsedMessage message, Instant time, SourceRef source, Severity severity,
            boolean templateFields) {
        MessageShape shape = message.shape();
        List<MessageShape.LabelSpan> labels = shape.labels();
        if (shape.template() != null) {
            if (!templateFields) {
                return new KnownTemplate(time, source, severity, shape.template(), TemplateFields.NONE);
            }
            String[] values = new String[labels.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = message.valueOf(labels.get(i));
            }
            return new KnownTemplate(time, source, severity, shape.template(), TemplateFields.of(shape.names(), values));
        }
        Mapping mapping = MAPPINGS.computeIfAbsent(shape.alternative(), EventFactory::mappingOf);
        Object[] arguments = new Object[mapping.components.length];
        arguments[0] = time;
        arguments[1] = source;
        for (int i = 2; i < arguments.length; i++) {
            int label = shape.indexOf(mapping.components[i].getName());
            arguments[i] = label < 0 ? null
                    : convert(message.valueOf(labels.get(label)), mapping.components[i].getType(), mapping.components[i]);
        }
        try {
            return mapping.constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + mapping.constructor.getDeclaringClass(), e);
        }
    }

    /** @return the shape of a parsed labelled alternative: its class and where its element labels lie */
    public static MessageShape shapeOf(ParserRuleContext alternative) {
        List<MessageShape.LabelSpan> spans = new ArrayList<>();
        collect(alternative, spans);
        String template = alternative.getParent() instanceof MesosMasterParser.KnownTemplateContext
                ? templateName(alternative.getClass()) : null;
        return new MessageShape(alternative.getClass(), spans, template);
    }

    /** @return the known-template name of a labelled alternative context: {@code OffersSentContext} is {@code offers-sent} */
    public static String templateName(Class<?> alternativeContext) {
        String simple = alternativeContext.getSimpleName();
        return EventJson.kebabCase(simple.substring(0, simple.length() - "Context".length()));
    }

    /** @return the event record a labelled alternative context maps to */
    public static Class<? extends MesosEvent> recordOf(Class<?> alternativeContext) {
        return MAPPINGS.computeIfAbsent(alternativeContext, EventFactory::mappingOf).constructor.getDeclaringClass();
    }

    /** @return the element labels an alternative context (and the pieces it contains) can carry */
    public static List<String> labelsOf(Class<?> alternativeContext) {
        List<String> names = new ArrayList<>();
        for (Field field : labelFields(alternativeContext)) {
            names.add(field.getName());
        }
        return names;
    }

    private static void collect(ParserRuleContext context, List<MessageShape.LabelSpan> spans) {
        for (Field field : labelFields(context.getClass())) {
            try {
                Object element = field.get(context);
                if (element instanceof Token token) {
                    int index = token.getTokenIndex();
                    spans.add(new MessageShape.LabelSpan(field.getName(), index, index, false));
                } else if (element != null) {
                    ParserRuleContext labelled = (ParserRuleContext) element;
                    int first = labelled.start.getTokenIndex();
                    int last = labelled.stop == null ? first - 1 : labelled.stop.getTokenIndex();
                    spans.add(new MessageShape.LabelSpan(field.getName(), first, Math.max(last, first - 1), true));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        for (int i = 0; i < context.getChildCount(); i++) {
            ParseTree child = context.getChild(i);
            if (child instanceof ParserRuleContext && !UNLABELLED_PIECES.contains(child.getClass())) {
                collect((ParserRuleContext) child, spans);
            }
        }
    }

    private static Object convert(String text, Class<?> type, RecordComponent component) {
        Function<String, Object> converter = CONVERTERS.get(type);
        if (converter == null) {
            throw new IllegalStateException("no conversion to " + type + " for " + component);
        }
        return converter.apply(text);
    }

    private static Map<Class<?>, Function<String, Object>> converters() {
        Map<Class<?>, Function<String, Object>> converters = new HashMap<>();
        converters.put(String.class, text -> text);
        converters.put(AgentId.class, AgentId::new);
        converters.put(ProcessAddress.class, ProcessAddress::parse);
        converters.put(Duration.class, StoutValues::duration);
        converters.put(Long.class, Long::parseLong);
        converters.put(Map.class, StoutValues::flags);
        converters.put(HealthCheckAction.class, text -> "transition".equals(text.toLowerCase(Locale.ROOT))
                ? HealthCheckAction.MARK_UNREACHABLE : HealthCheckAction.SHUTDOWN);
        converters.put(RegistryOperation.class, RegistryOperation::ofWord);
        return Map.copyOf(converters);
    }

    private static List<Field> labelFields(Class<?> contextClass) {
        return LABEL_FIELDS.computeIfAbsent(contextClass, EventFactory::findLabelFields);
    }

    private static List<Field> findLabelFields(Class<?> contextClass) {
        List<Field> fields = new ArrayList<>();
        for (Field field : contextClass.getFields()) {
            boolean element = Token.class.isAssignableFrom(field.getType())
                    || ParserRuleContext.class.isAssignableFrom(field.getType());
            if (element && !Modifier.isStatic(field.getModifiers())
                    && field.getDeclaringClass() != ParserRuleContext.class
                    && !"parent".equals(field.getName()) && !"start".equals(field.getName())
                    && !"stop".equals(field.getName())) {
                fields.add(field);
            }
        }
        return List.copyOf(fields);
    }

    @SuppressWarnings("unchecked")
    private static Mapping mappingOf(Class<?> contextClass) {
        String simple = contextClass.getSimpleName();
        String recordName = simple.substring(0, simple.length() - "Context".length());
        try {
            Class<?> record = Class.forName(EVENT_PACKAGE + recordName);
            RecordComponent[] components = record.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            return new Mapping((Constructor<? extends MesosEvent>) record.getDeclaredConstructor(types), components);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no event record for grammar label " + recordName, e);
        }
    }

    private static final class Mapping {
        private final Constructor<? extends MesosEvent> constructor;
        private final RecordComponent[] components;

        Mapping(Constructor<? extends MesosEvent> constructor, RecordComponent[] components) {
            this.constructor = constructor;
            this.components = components.clone();
        }
    }
}
