package org.agora.web.views;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ognl.MethodAccessor;
import ognl.MethodFailedException;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import org.thymeleaf.util.ExpressionUtils;

/**
 * The methods that templates call on Agora's own objects ({@code ${post.author().name()}}), found once per class and
 * name instead of on every call. OGNL otherwise lists the class's methods, weighs each for the arguments and asks
 * Thymeleaf's expression rules whether the call is allowed, for each call: about a tenth of the processor time of a
 * home page with twenty posts. The answer of Thymeleaf's rules is kept with the method, so a call they refuse is
 * still refused. Any call this does not know how to make as OGNL would (another object, an overloaded name, an
 * argument to convert) goes to OGNL's own accessor.
 */
public final class TemplateMethods implements MethodAccessor {

    private static final String OWN_PACKAGES = "org.agora.";

    private final MethodAccessor ognl;

    /**
     * A method to call, with its parameters' types read once: as declared, and boxed as OGNL passes the arguments.
     */
    private record Known(Method method, Class<?>[] declared, Class<?>[] boxed) {

        Known(Method method) {
            this(method, method.getParameterTypes(), Arrays.stream(method.getParameterTypes())
                    .map(type -> MethodType.methodType(type).wrap().returnType()).toArray(Class<?>[]::new));
        }

        /** Whether the arguments pass as they are, with no conversion OGNL would make. */
        boolean fits(Object[] args) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null ? declared[i].isPrimitive() : !boxed[i].isInstance(args[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Per class (without keeping it from being unloaded with its plugin): per name and count of arguments. */
    private final ClassValue<Map<String, Optional<Known>>> known = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Known>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private TemplateMethods(MethodAccessor ognl) {
        this.ognl = ognl;
    }

    /** Puts this accessor in front of OGNL's accessor for every object, once for the application. */
    public static synchronized void install() {
        try {
            if (!(OgnlRuntime.getMethodAccessor(Object.class) instanceof TemplateMethods)) {
                OgnlRuntime.setMethodAccessor(Object.class, new TemplateMethods(
                        OgnlRuntime.getMethodAccessor(Object.class)));
            }
        } catch (OgnlException e) {
            throw new IllegalStateException("OGNL has no method accessor for objects", e);
        }
    }

    @Override
    public Object callMethod(OgnlContext context, Object target, String name, Object[] args)
            throws MethodFailedException {
        Method method = target == null ? null : method(target, name, args);
        if (method == null) {
            return ognl.callMethod(context, target, name, args);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new MethodFailedException(target, name, e.getCause());
        } catch (IllegalAccessException e) {
            return ognl.callMethod(context, target, name, args);
        }
    }

    @Override
    public Object callStaticMethod(OgnlContext context, Class<?> targetClass, String name, Object[] args)
            throws MethodFailedException {
        return ognl.callStaticMethod(context, targetClass, name, args);
    }

    /** @return the method to call, or null for OGNL to find it */
    private Method method(Object target, String name, Object[] args) {
        Class<?> type = target.getClass();
        if (!type.getName().startsWith(OWN_PACKAGES) || !Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        Known method = known.get(type).computeIfAbsent(name + '/' + args.length,
                key -> only(target, name, args.length)).orElse(null);
        return method != null && method.fits(args) ? method.method() : null;
    }

    /** The one public method of that name and arity, if Thymeleaf's rules allow calling it. */
    private static Optional<Known> only(Object target, String name, int arity) {
        List<Method> candidates = Arrays.stream(target.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .filter(m -> !m.isBridge() && !m.isSynthetic() && !m.isVarArgs())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .toList();
        if (candidates.size() != 1 || !Modifier.isPublic(candidates.get(0).getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        Method method = candidates.get(0);
        // the rules' answer depends on the object's class alone, the key of what is kept here
        return ExpressionUtils.isMemberForbidden(target, name) ? Optional.empty() : Optional.of(new Known(method));
    }
}
