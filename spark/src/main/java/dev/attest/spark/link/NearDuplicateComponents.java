package dev.attest.spark.link;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Connected components of the near-duplicate graph by min-label propagation: every key repeatedly takes the
 * smallest label among itself and its neighbours until nothing changes. Only keys with an edge take part (a
 * small fraction of all keys), and the RDD API keeps each round to two joins without query planning cost.
 */
final class NearDuplicateComponents {
    private NearDuplicateComponents() {
    }

    /** {@code (key, smallest key of its component)} for every key that has an edge. */
    static JavaRDD<Tuple2<String, String>> labels(JavaPairRDD<String, String> edges, int maxRounds) {
        JavaPairRDD<String, String> undirected = edges.union(edges.mapToPair(Tuple2::swap)).distinct().cache();
        if (undirected.isEmpty()) {
            return undirected.map(e -> e); // no near-duplicates: skip the rounds
        }
        JavaPairRDD<String, String> labels = undirected.keys().distinct().mapToPair(k -> new Tuple2<>(k, k));
        for (int round = 0; round < maxRounds; round++) {
            // (neighbour, key) joined with the neighbour's label: what each key is offered
            JavaPairRDD<String, String> offered = undirected.mapToPair(Tuple2::swap).join(labels)
                    .mapToPair(e -> e._2())
                    .reduceByKey(NearDuplicateComponents::smaller);
            JavaPairRDD<String, String> next = labels.join(offered)
                    .mapValues(pair -> smaller(pair._1(), pair._2()))
                    .cache();
            long changed = next.join(labels).filter(e -> !e._2()._1().equals(e._2()._2())).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        undirected.unpersist();
        return labels.map(e -> e);
    }

    private static String smaller(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
