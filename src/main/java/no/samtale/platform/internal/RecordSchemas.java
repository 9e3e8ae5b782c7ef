package no.samtale.platform.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Makes the API description as exact as the records it comes from, so the web client's generated types are too:
 * every component of a record is required (the JSON always carries it, null or not), and may be null only where
 * the component is marked {@code @Nullable} (JSpecify's, or any annotation of that name). A record or enum whose
 * simple name another type of Samtale shares is named with its module in front ({@code InboxMessageView},
 * {@code ForumMessageView}), where springdoc would otherwise let one silently replace the other.
 */
class RecordSchemas implements ModelConverter {

	private static final String BASE_PACKAGE = "no.samtale.";

	/** Simple names more than one class of Samtale has, each with the binary names of those classes. */
	private final Map<String, List<String>> sharedNames = sharedSimpleNames();

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Class<?> raw = rawClass(type);
		if (raw != null && (raw.isRecord() || raw.isEnum()) && (type.getName() == null || type.getName().isBlank())) {
			nameOfItsOwn(type).ifPresent(type::name);
		}
		Schema schema = chain.next().resolve(type, context, chain);
		if (schema == null || raw == null || !raw.isRecord()) {
			return schema;
		}
		Schema model = schema;
		if (schema.get$ref() != null && context.getDefinedModels() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			model = context.getDefinedModels().get(name);
		}
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		describe(raw, model);
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Class<?> record, Schema model) {
		List<String> required = new ArrayList<>();
		describe(record, model.getProperties(), required);
		model.setRequired(required.stream().sorted().toList());
	}

	/** A {@code @JsonUnwrapped} component's own components are the record's in JSON, so they are described too. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Class<?> record, Map<String, Schema> properties, List<String> required) {
		for (RecordComponent component : record.getRecordComponents()) {
			if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class) && component.getType().isRecord()) {
				describe(component.getType(), properties, required);
				continue;
			}
			Schema property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			required.add(component.getName());
			if (nullable(component)) {
				properties.put(component.getName(), nullableVersionOf(property));
			}
		}
		// A value the record derives and writes too ({@code @JsonProperty("zone") zoneId()}) is always there.
		for (Method method : record.getDeclaredMethods()) {
			JsonProperty derived = method.getAnnotation(JsonProperty.class);
			if (derived != null && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())) {
				String name = derived.value().isEmpty() ? method.getName() : derived.value();
				if (properties.containsKey(name) && !required.contains(name) && !namedNullable(method)) {
					required.add(name);
				}
			}
		}
	}

	/** OpenAPI 3.1 says "may be null" with the type list, or for a reference with a choice of it and null. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullableVersionOf(Schema property) {
		if (property.getOneOf() != null || (property.getTypes() != null && property.getTypes().contains("null"))) {
			return property; // described already, through a record that shares the property
		}
		if (property.get$ref() != null) {
			Schema nothing = new Schema<>();
			nothing.addType("null");
			Schema reference = new Schema<>().$ref(property.get$ref());
			Schema either = new Schema<>();
			either.setOneOf(List.of(reference, nothing));
			either.setDescription(property.getDescription());
			either.setName(property.getName());
			return either;
		}
		Set<String> types = property.getTypes();
		if (types == null && property.getType() != null) {
			property.addType(property.getType());
		}
		property.addType("null");
		property.setNullable(true);
		return property;
	}

	private static boolean nullable(RecordComponent component) {
		return component.getType() == Optional.class || namedNullable(component) || namedNullable(component.getAnnotatedType())
				|| namedNullable(component.getAccessor());
	}

	private static boolean namedNullable(AnnotatedElement element) {
		return Arrays.stream(element.getAnnotations())
			.map(Annotation::annotationType)
			.anyMatch(annotation -> annotation.getSimpleName().equals("Nullable"));
	}

	/** A name for a type springdoc would name like another: {@code PageResponse<InboxAuditView>} too. */
	private Optional<String> nameOfItsOwn(AnnotatedType type) {
		JavaType javaType = Json.mapper().constructType(type.getType());
		if (javaType == null || javaType.getBindings().isEmpty()) {
			Class<?> raw = javaType == null ? rawClass(type) : javaType.getRawClass();
			return isShared(raw) ? Optional.of(distinctName(raw)) : Optional.empty();
		}
		List<JavaType> arguments = javaType.getBindings().getTypeParameters();
		if (arguments.stream().noneMatch(argument -> isShared(argument.getRawClass()))) {
			return Optional.empty();
		}
		StringBuilder name = new StringBuilder(javaType.getRawClass().getSimpleName());
		arguments.forEach(argument -> name.append(isShared(argument.getRawClass()) ? distinctName(argument.getRawClass())
				: argument.getRawClass().getSimpleName()));
		return Optional.of(name.toString());
	}

	private boolean isShared(Class<?> type) {
		return type.getName().startsWith(BASE_PACKAGE) && sharedNames.containsKey(type.getSimpleName());
	}

	/** The module in front ({@code InboxMessageView}), or the enclosing class where one module has two. */
	private String distinctName(Class<?> type) {
		String module = moduleOf(type);
		long inModule = sharedNames.get(type.getSimpleName())
			.stream()
			.filter(name -> name.startsWith(BASE_PACKAGE + module.toLowerCase() + "."))
			.count();
		if (inModule > 1 && type.getEnclosingClass() != null) {
			return type.getEnclosingClass().getSimpleName() + type.getSimpleName();
		}
		return module + type.getSimpleName();
	}

	private static String moduleOf(Class<?> type) {
		String module = type.getName().substring(BASE_PACKAGE.length()).split("\\.")[0];
		return Character.toUpperCase(module.charAt(0)) + module.substring(1);
	}

	private static Map<String, List<String>> sharedSimpleNames() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter((reader, factory) -> true);
		Map<String, List<String>> bySimpleName = scanner
			.findCandidateComponents(BASE_PACKAGE.substring(0, BASE_PACKAGE.length() - 1))
			.stream()
			.map(definition -> definition.getBeanClassName())
			.collect(Collectors.groupingBy(
					name -> name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1)));
		bySimpleName.values().removeIf(names -> names.size() < 2);
		return bySimpleName;
	}

	private static Class<?> rawClass(AnnotatedType type) {
		if (type.getType() instanceof Class<?> plain) {
			return plain;
		}
		JavaType javaType = Json.mapper().constructType(type.getType());
		return javaType == null ? null : javaType.getRawClass();
	}

}
