import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How long one PBKDF2 hash of a password takes at the test server's 10,000 iterations, in rounds of 20 hashes: run it
 * under each of the JIT settings the build uses, to see what the test servers' {@code jit.options} keep.
 */
public class PasswordHashing {

    public static void main(String[] args) throws Exception {
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[32];
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                pbkdf2.generateSecret(new PBEKeySpec("a password".toCharArray(), salt, 10_000, 256)).getEncoded();
            }
            System.out.printf("round %d: %.1f ms a hash%n", round + 1, (System.nanoTime() - start) / 20 / 1e6);
        }
    }
}
