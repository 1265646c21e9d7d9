package nl.weegschaal;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WeegschaalApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(WeegschaalApplication.class, args);
    }
}
