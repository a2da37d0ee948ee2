import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_a388e19984526b8242553111214fc9375a1d18f9 {
    static final String base64Bytes = String.join("", "dAEAAABmSEhISEi0SEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhIDgBISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEjMSEhCQkJCQkJCQkJItEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISA4ASEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhIzEhIQkJCQkJCQkJCQkJCQkJCQkJCqEJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkL//////////0JCQkNCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQv///2JISEhISEhISEhmaWNo//////////////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYwAAAEhISEhISEhISEhISEhISEhISEhISEhISEhISEhIDgBISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEjMSEhCQkJCQkJCQkJItEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISA4ASEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhISEhIzEhIQkJCQkJCQkJCQkJCQkJCQkJCqEJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkL//////////0JCQkNCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQv///2JISEhISEhISEhmaWNo//////////////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/////dGlt//////9p/////4YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/////3Rpbf//////af////+G//////////////8q");

    public static void main(String[] args) throws Throwable {
        Crash_a388e19984526b8242553111214fc9375a1d18f9.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = org.precedent.search.QueryParserFuzzTest.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = org.precedent.search.QueryParserFuzzTest.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        byte[] input = java.util.Base64.getDecoder().decode(base64Bytes);
        org.precedent.search.QueryParserFuzzTest.fuzzerTestOneInput(input);
    }
}